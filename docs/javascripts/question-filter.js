// Filters the all-questions table by round, level and tag, in the reader's browser.
// The table stays complete without JavaScript; this only hides rows. Material's instant
// navigation swaps pages without a reload, so the form is built on every page change.
"use strict";

(function () {
  function columnIndex(table, name) {
    return Array.from(table.tHead.rows[0].cells).findIndex(
      (cell) => cell.textContent.trim() === name);
  }

  function select(label, values, onChange) {
    const wrapper = document.createElement("span");
    wrapper.className = "question-filter__field";
    const name = document.createElement("label");
    const box = document.createElement("select");
    box.id = "question-filter-" + label.toLowerCase();
    name.htmlFor = box.id;
    name.textContent = label + " ";
    wrapper.append(name);
    for (const value of ["", ...values]) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = value || "all";
      box.append(option);
    }
    box.addEventListener("change", onChange);
    wrapper.append(box);
    return [wrapper, box];
  }

  function build() {
    const table = document.querySelector(".question-list table");
    if (!table || !table.tHead || table.dataset.filtered) return;
    const round = columnIndex(table, "Round");
    const level = columnIndex(table, "Level");
    const tags = columnIndex(table, "Tags");
    if (round < 0 || level < 0 || tags < 0) return;  // only the all-questions table
    table.dataset.filtered = "yes";
    const rows = Array.from(table.tBodies[0].rows).map((row) => ({
      row,
      round: row.cells[round].textContent.trim(),
      level: row.cells[level].textContent.trim(),
      tags: Array.from(row.cells[tags].querySelectorAll("a"), (a) => a.textContent.trim()),
    }));
    const unique = (values) => Array.from(new Set(values));
    const form = document.createElement("form");
    form.className = "question-filter";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter the questions");
    form.addEventListener("submit", (event) => event.preventDefault());
    const status = document.createElement("p");
    status.className = "question-filter__status";
    status.setAttribute("aria-live", "polite");
    const apply = () => {
      let shown = 0;
      for (const item of rows) {
        const visible = (!roundBox.value || item.round === roundBox.value)
          && (!levelBox.value || item.level === levelBox.value)
          && (!tagBox.value || item.tags.includes(tagBox.value));
        item.row.hidden = !visible;
        shown += visible;
      }
      status.textContent = `Showing ${shown} of ${rows.length} questions.`;
    };
    const [roundField, roundBox] = select("Round", unique(rows.map((r) => r.round)), apply);
    const [levelField, levelBox] = select("Level", unique(rows.map((r) => r.level)), apply);
    const [tagField, tagBox] = select("Tag", unique(rows.flatMap((r) => r.tags)).sort(), apply);
    form.append(roundField, levelField, tagField);
    table.closest(".question-list").before(form, status);
    apply();
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(build);  // Material: runs on the first load and after each instant navigation
  } else {
    document.addEventListener("DOMContentLoaded", build);
  }
})();
