// Your progress, kept in this browser only: a status per question, ticks on the study plan's
// tasks, the day you started, the timed drills you scored, the concepts you looked up and
// whether each mock met its hire bar. Nothing is sent anywhere; "Export" writes it to a file that
// "Import" merges into another browser. Pages stay complete without JavaScript: everything
// here is added on top of them, again after each of Material's instant page changes.
"use strict";

(function () {
  const KEY = "ai-engineer-interview-guide/progress";
  const FORMAT = "ai-engineer-interview-guide/progress";
  const VERSION = 1;
  const STATUSES = { new: "Not started", practising: "Practising", ready: "Can say it in two minutes" };
  const SCORES = { missed: "Missed", partial: "Partial", nailed: "Nailed" };
  const LIMIT_S = 120;
  const DAY_MS = 24 * 60 * 60 * 1000;

  // --- the stored state ----------------------------------------------------------------

  function empty() {
    return {
      format: FORMAT, version: VERSION, questions: {}, tasks: {}, start: null, drills: [], lookups: {}, mocks: {},
    };
  }

  const isDate = (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const isStamp = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value));

  // When the stored format changes, VERSION goes up by one and MIGRATIONS gains the step from
  // the previous version, so a reader's saved progress is carried forward, never dropped:
  // { 1: (v1) => ({ ...v1, version: 2, newField: ... }) }.
  const MIGRATIONS = {};

  // A state read from storage or a file, checked field by field: returns [state, null] or
  // [null, the reason it was refused]. Entries for ids this site does not know are kept.
  function parse(data) {
    if (!data || typeof data !== "object" || Array.isArray(data)) return [null, "it is not a progress file"];
    if (data.format !== FORMAT) return [null, "it is not a progress file from this guide"];
    while (Number.isInteger(data.version) && data.version < VERSION && MIGRATIONS[data.version]) {
      data = MIGRATIONS[data.version](data);
    }
    if (data.version !== VERSION) {
      return [null, `it has format version ${data.version}; this page reads version ${VERSION}`];
    }
    const state = empty();
    for (const [id, entry] of Object.entries(data.questions || {})) {
      if (!entry || !(entry.status in STATUSES) || !isStamp(entry.updated)
          || (entry.practised !== null && entry.practised !== undefined && !isDate(entry.practised))) {
        return [null, `the entry for question "${id}" is damaged`];
      }
      state.questions[id] = { status: entry.status, practised: entry.practised || null, updated: entry.updated };
    }
    for (const [id, entry] of Object.entries(data.tasks || {})) {
      if (!/^\d+\.\d+$/.test(id) || !entry || typeof entry.done !== "boolean" || !isStamp(entry.updated)) {
        return [null, `the entry for plan task "${id}" is damaged`];
      }
      state.tasks[id] = { done: entry.done, updated: entry.updated };
    }
    for (const drill of data.drills || []) {
      if (!drill || typeof drill.question !== "string" || !(drill.score in SCORES) || !isStamp(drill.at)
          || !Number.isFinite(drill.seconds) || drill.seconds < 0) {
        return [null, "a drill entry is damaged"];
      }
      state.drills.push({ question: drill.question, score: drill.score, seconds: drill.seconds, at: drill.at });
    }
    for (const [date, entry] of Object.entries(data.lookups || {})) {
      if (!isDate(date) || !entry || !Number.isInteger(entry.count) || entry.count < 0 || !isStamp(entry.updated)) {
        return [null, `the look-up count for ${date} is damaged`];
      }
      state.lookups[date] = { count: entry.count, updated: entry.updated };
    }
    for (const [id, entry] of Object.entries(data.mocks || {})) {
      if (!entry || typeof entry.met !== "boolean" || !isDate(entry.date) || !isStamp(entry.updated)) {
        return [null, `the result of mock "${id}" is damaged`];
      }
      state.mocks[id] = { met: entry.met, date: entry.date, updated: entry.updated };
    }
    if (data.start !== null && data.start !== undefined) {
      if (!isDate(data.start.value) || !isStamp(data.start.updated)) return [null, "its start date is damaged"];
      state.start = { value: data.start.value, updated: data.start.updated };
    }
    return [state, null];
  }

  function load() {
    let raw = null;
    try {
      raw = localStorage.getItem(KEY);
    } catch (error) {
      return empty();  // storage switched off: the page still works, nothing is kept
    }
    if (raw === null) return empty();
    try {
      const [state] = parse(JSON.parse(raw));
      if (state) return state;
    } catch (error) { /* unreadable: kept aside below */ }
    // never throw away what a reader saved: a damaged or newer state is moved, once, to a key of
    // its own (a later version of the site, or the reader, can still read it) and a fresh one starts
    try {
      localStorage.setItem(`${KEY}/unread-${Date.now()}`, raw);
      localStorage.setItem(KEY, JSON.stringify(empty()));
    } catch (error) { /* storage full: leave everything where it is */ }
    return empty();
  }

  function save(state) {
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) { /* storage full or switched off */ }
  }

  function update(change) {
    const state = load();
    change(state);
    save(state);
    render();
  }

  // Each question, task and the start date: the newer of the two entries wins.
  function merge(into, from) {
    for (const field of ["questions", "tasks", "lookups", "mocks"]) {
      for (const [id, entry] of Object.entries(from[field])) {
        const mine = into[field][id];
        if (!mine || Date.parse(entry.updated) > Date.parse(mine.updated)) into[field][id] = entry;
      }
    }
    const seen = new Set(into.drills.map((d) => `${d.question} ${d.at}`));  // a drill happened once
    into.drills.push(...from.drills.filter((d) => !seen.has(`${d.question} ${d.at}`)));
    into.drills.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    if (from.start && (!into.start || Date.parse(from.start.updated) > Date.parse(into.start.updated))) {
      into.start = from.start;
    }
    return into;
  }

  const now = () => new Date().toISOString();
  const today = () => localDate(new Date());
  function localDate(date) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  function shownDate(value) {
    const [y, m, d] = value.split("-").map(Number);
    return new Date(y, m - 1, d).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
  }

  // --- what the page shows -----------------------------------------------------------------

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  // A question's id from a link or this page's address: /questions/<round>/<id>/.
  function questionId(url) {
    const match = new URL(url, location.href).pathname.match(/\/questions\/[a-z0-9-]+\/([a-z0-9-]+)\/$/);
    return match ? match[1] : null;
  }

  function questionStatus(state) {
    const content = document.querySelector(".md-content article");
    const answer = content && content.querySelector(".two-minute");
    const id = questionId(location.href);
    if (!answer || !id) return;
    let box = content.querySelector(".study-status");
    if (!box) {
      box = el("fieldset", { class: "study-status" }, el("legend", { text: "Your progress on this question" }));
      for (const [value, label] of Object.entries(STATUSES)) {
        const input = el("input", { type: "radio", name: "study-status", value });
        input.addEventListener("change", () => update((s) => {
          s.questions[id] = {
            status: value,
            practised: value === "new" ? (s.questions[id] || {}).practised || null : today(),
            updated: now(),
          };
        }));
        box.append(el("label", {}, input, ` ${label}`));
      }
      box.append(el("p", { class: "study-status__when", "aria-live": "polite" }));
      answer.after(box);  // where the reader has just said the answer; below it the page does not jump
    }
    const entry = state.questions[id];
    const status = entry ? entry.status : "new";
    box.querySelector(`input[value="${status}"]`).checked = true;
    box.querySelector(".study-status__when").textContent =
      entry && entry.practised ? `Last practised ${shownDate(entry.practised)}.` : "Not practised yet.";
  }

  function progressLine(ids, state, place) {
    const ready = ids.filter((id) => (state.questions[id] || {}).status === "ready").length;
    const practising = ids.filter((id) => (state.questions[id] || {}).status === "practising").length;
    let line = place.querySelector(":scope > .study-progress");
    if (!line) {
      line = el("p", { class: "study-progress" }, el("progress", { max: String(ids.length) }), el("span"));
      place.prepend(line);
    }
    const bar = line.querySelector("progress");
    bar.value = ready;
    const words = `${ready} of ${ids.length} ready to say in two minutes, ${practising} practising`;
    bar.setAttribute("aria-label", words);
    line.querySelector("span").textContent = ` ${words}`;
  }

  function listProgress(state) {
    for (const list of document.querySelectorAll(".md-content .question-list")) {
      const ids = Array.from(list.querySelectorAll("tbody tr"), (row) => {
        const link = row.querySelector("td:nth-child(2) a");  // the Question column
        return link ? questionId(link.href) : null;
      }).filter(Boolean);
      if (ids.length) progressLine(ids, state, list);
    }
    for (const card of document.querySelectorAll(".md-content [data-round-questions]")) {
      progressLine(card.dataset.roundQuestions.split(" "), state, card);
    }
  }

  function planDay(state) {
    if (!state.start) return null;
    const [y, m, d] = state.start.value.split("-").map(Number);
    const [ty, tm, td] = today().split("-").map(Number);
    return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(y, m - 1, d)) / DAY_MS) + 1;
  }

  function planTasks(state) {
    const current = planDay(state);
    for (const heading of document.querySelectorAll(".md-content h2[id^='day-']")) {
      const day = heading.id.slice(4);
      const entry = heading.closest(".sheet-entry");
      if (!entry || !/^\d+$/.test(day)) continue;
      entry.classList.toggle("study-today", String(current) === day);
      Array.from(entry.querySelectorAll(":scope ol > li, :scope div > ol > li")).forEach((item, index) => {
        const id = `${day}.${index + 1}`;
        let box = item.querySelector("input.study-task");
        if (!box) {
          box = el("input", { type: "checkbox", class: "study-task", "aria-label": `Done: day ${day}, task ${index + 1}` });
          box.addEventListener("change", () => update((s) => { s.tasks[id] = { done: box.checked, updated: now() }; }));
          (item.querySelector(":scope > p") || item).prepend(box);  // on the task's first line
        }
        box.checked = Boolean((state.tasks[id] || {}).done);
      });
    }
  }

  function planPanel(state) {
    const place = document.querySelector(".md-content .study-panel");
    if (!place) return;
    if (!place.querySelector("form")) {
      const start = el("input", { type: "date", id: "study-start" });
      start.addEventListener("change", () => update((s) => {
        s.start = isDate(start.value) ? { value: start.value, updated: now() } : null;
      }));
      const file = el("input", { type: "file", accept: "application/json,.json", hidden: "", "aria-label": "Progress file to import" });
      file.addEventListener("change", () => importFile(file));
      const button = (label, action) => {
        const b = el("button", { type: "button", class: "md-button", text: label });
        b.addEventListener("click", action);
        return b;
      };
      place.append(
        el("form", { "aria-label": "Your progress" },
          el("p", {}, el("strong", { text: "Your progress" }), " stays in this browser: set the day you start and "
            + "the week pages mark today, with a box to tick on each task; each question's page keeps its status. "
            + "Export it to a file to carry it to another browser."),
          el("p", {}, el("label", { for: "study-start", text: "I started the plan on " }), start,
            el("span", { class: "study-today-line", "aria-live": "polite" })),
          el("p", { class: "study-actions" },
            button("Calendar (.ics)", calendarFile),
            button("Export progress", exportFile),
            button("Import progress", () => file.click()),
            file,
            button("Reset progress", () => {
              if (confirm("Delete all progress saved in this browser? Export it first if you may want it back.")) {
                save(empty());
                message("Progress reset.");
                render();
              }
            })),
          el("p", { class: "study-message", role: "status" })));
    }
    metrics(state, place);
    place.querySelector("#study-start").value = state.start ? state.start.value : "";
    const day = planDay(state);
    place.querySelector(".study-today-line").textContent = day === null ? ""
      : day < 1 ? ` (day 1 is ${shownDate(state.start.value)})`
        : day > 21 ? " (the three weeks are over)" : ` (today is day ${day})`;
  }

  // --- the three daily numbers, and the plan as a calendar ----------------------------------

  function addDays(date, days) {
    const [y, m, d] = date.split("-").map(Number);
    return localDate(new Date(y, m - 1, d + days));
  }

  // Per day: questions nailed inside two minutes in a drill, concepts looked up, and the share of
  // the mocks run so far that met their hire bar.
  function daily(state, date) {
    const nailed = new Set(state.drills
      .filter((d) => localDate(new Date(d.at)) === date && d.score === "nailed" && d.seconds < LIMIT_S)
      .map((d) => d.question));
    const mocks = Object.values(state.mocks).filter((m) => m.date <= date);
    return {
      answered: nailed.size,
      lookups: (state.lookups[date] || { count: 0 }).count,
      mocks: mocks.length ? mocks.filter((m) => m.met).length / mocks.length : null,
    };
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    return node;
  }

  // One small bar chart per number over the plan's 21 days (or the last 21 without a start date).
  function chart(label, values, max, format) {
    const width = 21 * 10;
    const height = 40;
    const known = values.filter((v) => v !== null);
    const summary = known.length ? `${label}: ${values.map((v, i) => `day ${i + 1} ${v === null ? "none" : format(v)}`).join(", ")}`
      : `${label}: nothing recorded yet`;
    const figure = svg("svg", { viewBox: `0 0 ${width} ${height + 12}`, width: "100%", role: "img", "aria-label": summary, class: "study-chart" });
    values.forEach((value, i) => {
      const h = value === null ? 0 : Math.max(1, (value / (max || 1)) * height);
      figure.append(svg("rect", { x: i * 10 + 1, y: height - h, width: 8, height: h }));
      if (i % 7 === 0) {
        const tick = svg("text", { x: i * 10 + 1, y: height + 10 });
        tick.textContent = `day ${i + 1}`;
        figure.append(tick);
      }
    });
    return el("figure", { class: "study-metric" }, el("figcaption", { text: label }), figure);
  }

  function metrics(state, place) {
    let box = place.querySelector(".study-metrics");
    if (!box) {
      const plus = el("button", { type: "button", class: "md-button", text: "+1 looked up" });
      plus.addEventListener("click", () => update((s) => {
        const entry = s.lookups[today()] || { count: 0 };
        s.lookups[today()] = { count: entry.count + 1, updated: now() };
      }));
      const minus = el("button", { type: "button", class: "md-button", text: "−1", "aria-label": "One fewer looked up" });
      minus.addEventListener("click", () => update((s) => {
        const entry = s.lookups[today()] || { count: 0 };
        s.lookups[today()] = { count: Math.max(0, entry.count - 1), updated: now() };
      }));
      box = el("div", { class: "study-metrics" },
        el("p", {}, el("strong", { text: "Today: " }), el("span", { class: "study-today-numbers", "aria-live": "polite" })),
        el("p", { class: "study-actions" }, plus, minus),
        el("div", { class: "study-charts" }));
      place.append(box);
    }
    const now_ = daily(state, today());
    box.querySelector(".study-today-numbers").textContent =
      `${now_.answered} answered inside two minutes in drills, ${now_.lookups} concepts looked up, mock success rate `
      + (now_.mocks === null ? "not yet (no mock scored)" : `${Math.round(now_.mocks * 100)}%`) + ".";
    const first = state.start ? state.start.value : addDays(today(), -20);
    const days = Array.from({ length: 21 }, (_, i) => addDays(first, i));
    const rows = days.map((date) => (date > today() ? { answered: null, lookups: null, mocks: null } : daily(state, date)));
    const most = (key) => Math.max(1, ...rows.map((r) => r[key] || 0));
    box.querySelector(".study-charts").replaceChildren(
      chart("Answered inside two minutes", rows.map((r) => r.answered), most("answered"), String),
      chart("Concepts looked up", rows.map((r) => r.lookups), most("lookups"), String),
      chart("Mock success rate", rows.map((r) => r.mocks), 1, (v) => `${Math.round(v * 100)}%`));
  }

  function mockResult(state) {
    const place = document.querySelector(".md-content .mock-result");
    if (!place) return;
    const id = new URL(location.href).pathname.split("/").filter(Boolean).pop();  // mocks/<id>/
    if (!place.querySelector("fieldset")) {
      const box = el("fieldset", { class: "study-status" }, el("legend", { text: "After the mock: did it meet the hire bar?" }));
      for (const [value, label] of [["yes", "Yes"], ["no", "No"]]) {
        const input = el("input", { type: "radio", name: "mock-result", value });
        input.addEventListener("change", () => update((s) => {
          s.mocks[id] = { met: value === "yes", date: today(), updated: now() };
        }));
        box.append(el("label", {}, input, ` ${label}`));
      }
      place.append(box);
    }
    const entry = state.mocks[id];
    for (const input of place.querySelectorAll("input")) input.checked = Boolean(entry) && (input.value === "yes") === entry.met;
  }

  // RFC 5545: escape text, fold lines at 75 octets, end lines with CRLF.
  function icsText(value) {
    return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
  }
  function fold(line) {
    const bytes = new TextEncoder().encode(line);
    if (bytes.length <= 75) return line;
    const parts = [];
    let current = "";
    for (const char of line) {
      if (new TextEncoder().encode(current + char).length > (parts.length ? 74 : 75)) {
        parts.push(current);
        current = "";
      }
      current += char;
    }
    parts.push(current);
    return parts.join("\r\n ");
  }

  function calendar(state) {
    const rows = Array.from(document.querySelectorAll(".md-content .question-list tbody tr"), (row) => {
      const link = row.querySelector("a[href]");
      return { day: Number(row.cells[0].textContent), title: link.textContent.trim(), url: link.href, minutes: row.cells[2].textContent.trim() };
    }).filter((row) => Number.isInteger(row.day) && row.day > 0);
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");
    const compact = (date) => date.replace(/-/g, "");
    const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AI Engineer Interview Guide//Study plan//EN", "CALSCALE:GREGORIAN"];
    for (const row of rows) {
      const date = addDays(state.start.value, row.day - 1);
      lines.push("BEGIN:VEVENT", `UID:plan-day-${row.day}-${compact(state.start.value)}@ai-engineer-interview-guide`,
        `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${compact(date)}`, `DTEND;VALUE=DATE:${compact(addDays(date, 1))}`,
        `SUMMARY:${icsText(`Interview prep, day ${row.day}: ${row.title} (${row.minutes} min)`)}`,
        `URL:${row.url}`, `DESCRIPTION:${icsText(`The day's tasks: ${row.url}`)}`, "END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  function calendarFile() {
    const state = load();
    if (!state.start) {
      message("Set the day you start the plan first: the calendar places each day from it.");
      return;
    }
    download(calendar(state), "text/calendar", `interview-plan-from-${state.start.value}.ics`);
    message("Calendar saved: 21 all-day events from your start date.");
  }

  function download(text, type, name) {
    const blob = new Blob([text], { type });
    const link = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function message(text) {
    const box = document.querySelector(".study-message");
    if (box) box.textContent = text;
  }

  function exportFile() {
    download(JSON.stringify(load(), null, 2) + "\n", "application/json", `interview-guide-progress-${today()}.json`);
    message("Progress exported.");
  }

  function importFile(input) {
    const [file] = input.files;
    input.value = "";
    if (!file) return;
    file.text().then((text) => {
      let data;
      try {
        data = JSON.parse(text);
      } catch (error) {
        message(`Nothing imported: ${file.name} is not JSON.`);
        return;
      }
      const [state, reason] = parse(data);
      if (!state) {
        message(`Nothing imported: ${reason}.`);
        return;
      }
      save(merge(load(), state));
      render();
      message(`Imported ${file.name}: the newer of each entry is kept.`);
    });
  }

  // --- the timed drill ------------------------------------------------------------------------

  // The next question: first those last scored missed, then partial, then the ones not drilled
  // for longest (never drilled counts as longest), then study order. Documented on the page.
  function nextCard(cards, state, current) {
    const last = {};
    for (const drill of state.drills) last[drill.question] = drill;
    const rank = { missed: 0, partial: 1, undefined: 2, nailed: 3 };
    const key = (card) => {
      const drill = last[card.id];
      return [drill ? rank[drill.score] : 2, drill ? Date.parse(drill.at) : -Infinity, card.order];
    };
    const order = cards.filter((c) => c !== current).sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
    return order[0] || current;
  }

  const drill = { box: null, cards: [], card: null, left: LIMIT_S * 1000, running: false, tick: null, last: 0 };

  function clock(ms) {
    const seconds = Math.ceil(Math.max(ms, 0) / 1000);
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  }

  function say(text) {
    drill.box.querySelector(".drill-announce").textContent = text;
  }

  function showTime() {
    const face = drill.box.querySelector(".drill-clock");
    face.textContent = clock(drill.left);
    drill.box.classList.toggle("drill-over", drill.left <= 0);
  }

  function step() {
    const moment = Date.now();
    const before = drill.left;
    drill.left -= moment - drill.last;
    drill.last = moment;
    // a few words at fixed points, not every second: screen readers hear the minute, the last
    // thirty seconds and the end
    if (before > 60000 && drill.left <= 60000) say("One minute left.");
    if (before > 30000 && drill.left <= 30000) say("Thirty seconds left.");
    if (drill.left <= 0 && drill.running) {
      stop();
      say("Time is up. Reveal the answer with R.");
    }
    showTime();
  }

  function stop() {
    clearInterval(drill.tick);
    drill.running = false;
    drill.box.querySelector(".drill-start").textContent = drill.left > 0 ? "Resume (Space)" : "Start (Space)";
  }

  function start() {
    if (drill.running || drill.left <= 0) return;
    drill.running = true;
    drill.last = Date.now();
    drill.tick = setInterval(step, 250);
    drill.box.querySelector(".drill-start").textContent = "Pause (Space)";
    say("Timer started: two minutes.");
  }

  function pause() {
    if (!drill.running) return;
    step();
    if (drill.running) stop();
  }

  function toggle() {
    if (drill.running) {
      pause();
      say("Paused.");
    } else start();
  }

  function reset(quiet) {
    pause();
    drill.left = LIMIT_S * 1000;
    drill.box.querySelector(".drill-start").textContent = "Start (Space)";
    showTime();
    if (quiet !== true) say("Timer reset to two minutes.");
  }

  function reveal() {
    if (drill.box.querySelector(".drill-answer").hidden === false) return;
    pause();
    drill.box.querySelector(".drill-answer").hidden = false;
    drill.box.querySelector(".drill-scores").hidden = false;
    drill.box.querySelector(".drill-scores button").focus();
  }

  function score(value) {
    if (drill.box.querySelector(".drill-scores").hidden) return;
    const seconds = Math.round((LIMIT_S * 1000 - Math.max(drill.left, 0)) / 1000);
    const id = drill.card.id;
    update((s) => {
      s.drills.push({ question: id, score: value, seconds, at: now() });
      const status = value === "nailed" && seconds <= LIMIT_S && drill.left > 0 ? "ready" : "practising";
      s.questions[id] = { status, practised: today(), updated: now() };
    });
    say(`Scored ${SCORES[value].toLowerCase()}. Next question.`);
    show(nextCard(drill.cards, load(), drill.card));
  }

  function show(card) {
    const focused = drill.box.contains(document.activeElement);
    drill.card = card;
    reset(true);
    const box = drill.box;
    box.querySelector(".drill-title").textContent = card.title;
    const answer = box.querySelector(".drill-answer");
    answer.replaceChildren(...Array.from(card.body.children, (node) => node.cloneNode(true)));
    answer.hidden = true;
    box.querySelector(".drill-scores").hidden = true;
    const done = load().drills.length;
    box.querySelector(".drill-count").textContent = `${drill.cards.length} questions here · ${done} drills scored so far`;
    if (focused) box.querySelector(".drill-title").focus();  // the next question, read out; keys keep working
  }

  function setUpDrill(state) {
    const mount = document.querySelector(".md-content .drill");
    if (!mount || mount.dataset.ready) return;
    const cards = Array.from(document.querySelectorAll(".md-content details.question"), (details, order) => {
      const link = details.querySelector("a[href]");
      const body = details.cloneNode(true);
      body.querySelector("summary").remove();
      return { id: link ? questionId(link.href) : null, title: details.querySelector("summary").textContent.trim(), body, order };
    }).filter((card) => card.id);
    if (!cards.length) return;
    mount.dataset.ready = "yes";
    const button = (label, cls, action) => {
      const b = el("button", { type: "button", class: `md-button ${cls}`, text: label });
      b.addEventListener("click", action);
      return b;
    };
    drill.box = el("section", { class: "drill-box", "aria-label": "Timed drill" },
      el("p", { class: "drill-count" }),
      el("p", { class: "drill-title", tabindex: "-1" }),
      el("p", { class: "drill-clock", role: "timer", "aria-label": "Time left" }),
      el("p", { class: "drill-announce", "aria-live": "polite" }),
      el("p", { class: "drill-controls" },
        button("Start (Space)", "drill-start", toggle),
        button("Reset", "drill-reset", reset),
        button("Reveal (R)", "drill-reveal", reveal)),
      el("div", { class: "drill-answer", hidden: "" }),
      el("p", { class: "drill-scores", hidden: "" },
        ...Object.entries(SCORES).map(([value, label], i) => button(`${label} (${i + 1})`, `drill-score-${value}`, () => score(value)))));
    mount.replaceChildren(drill.box);  // in place of the note for readers without JavaScript
    drill.cards = cards;
    show(nextCard(cards, state, null));
  }

  // Keys act only on a drill page, and never while the reader types in a field.
  document.addEventListener("keydown", (event) => {
    if (!drill.box || !drill.box.isConnected || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest("input, textarea, select, [contenteditable]")) return;
    const actions = { " ": toggle, r: reveal, R: reveal, 1: () => score("missed"), 2: () => score("partial"), 3: () => score("nailed") };
    if (event.key === " " && event.target instanceof Element && event.target.closest("button")) return;  // Space presses a focused button
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  }, true);

  function render() {
    const state = load();
    if (drill.box && !drill.box.isConnected) {  // left the drill page: stop its timer
      clearInterval(drill.tick);
      drill.running = false;
      drill.box = null;
    }
    setUpDrill(state);
    questionStatus(state);
    listProgress(state);
    planTasks(state);
    planPanel(state);
    mockResult(state);
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(render);  // Material: the first load and each instant page change
  } else {
    document.addEventListener("DOMContentLoaded", render);
  }
})();
