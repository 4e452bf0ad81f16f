// Your progress, kept in this browser only: a status per question, ticks on the study plan's
// tasks, the day you started, and the timed drills you scored. Nothing is sent anywhere; "Export" writes it to a file that
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
    return { format: FORMAT, version: VERSION, questions: {}, tasks: {}, start: null, drills: [] };
  }

  const isDate = (value) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const isStamp = (value) => typeof value === "string" && !Number.isNaN(Date.parse(value));

  // A state read from storage or a file, checked field by field: returns [state, null] or
  // [null, the reason it was refused]. Entries for ids this site does not know are kept.
  function parse(data) {
    if (!data || typeof data !== "object" || Array.isArray(data)) return [null, "it is not a progress file"];
    if (data.format !== FORMAT) return [null, "it is not a progress file from this guide"];
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
    // never throw away what a reader saved: a damaged or newer state is kept under another key
    localStorage.setItem(`${KEY}/unread-${Date.now()}`, raw);
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
    for (const field of ["questions", "tasks"]) {
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
      const heading = content.querySelector("h2");
      heading.before(box);
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
    place.querySelector("#study-start").value = state.start ? state.start.value : "";
    const day = planDay(state);
    place.querySelector(".study-today-line").textContent = day === null ? ""
      : day < 1 ? ` (day 1 is ${shownDate(state.start.value)})`
        : day > 21 ? " (the three weeks are over)" : ` (today is day ${day})`;
  }

  function message(text) {
    const box = document.querySelector(".study-message");
    if (box) box.textContent = text;
  }

  function exportFile() {
    const blob = new Blob([JSON.stringify(load(), null, 2) + "\n"], { type: "application/json" });
    const link = el("a", { href: URL.createObjectURL(blob), download: `interview-guide-progress-${today()}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
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
    mount.append(drill.box);
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
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(render);  // Material: the first load and each instant page change
  } else {
    document.addEventListener("DOMContentLoaded", render);
  }
})();
