// The vault's own script: it only enhances pages that work without it (no inline script anywhere).
import { initAll } from "./vendor/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// A job's page (the quarterly statistics): while the job runs, look again every few seconds. Without
// script the page says so and offers "Check again"; the job never holds the request that asked for it.
for (const poll of document.querySelectorAll('[data-module="app-job-poll"]')) {
  const seconds = Number(poll.dataset.appPollSeconds) || 2;
  setTimeout(() => window.location.reload(), seconds * 1000);
}

// Upload: drop files or choose several at once; each goes in a request of its own to the same address
// as the plain form, with a progress bar and its own result (the server answers JSON when asked).
for (const form of document.querySelectorAll('form[data-module="app-upload"]')) {
  enhanceUpload(form);
}

function enhanceUpload(form) {
  const drop = form.querySelector("[data-app-drop]");
  const list = form.querySelector("[data-app-upload-list]");
  const token = form.querySelector('input[name="csrf_token"]').value;
  const rows = form.querySelectorAll("[data-app-row]");
  const submit = form.querySelector('button[type="submit"]');
  let pending = [];
  let counter = 0;

  rows.forEach((row) => { row.hidden = true; row.disabled = true; });
  drop.hidden = false;

  const chooser = document.createElement("input");
  chooser.type = "file";
  chooser.multiple = true;
  chooser.id = "app-choose-files";
  chooser.className = "govuk-file-upload";
  const label = document.createElement("label");
  label.className = "govuk-label";
  label.htmlFor = chooser.id;
  label.textContent = "Choose files";
  drop.append(label, chooser);
  chooser.addEventListener("change", () => { addFiles(chooser.files); chooser.value = ""; });

  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("app-file-drop--active"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("app-file-drop--active"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("app-file-drop--active");
    addFiles(event.dataTransfer.files);
  });

  function checkbox(id, text) {
    const item = document.createElement("div");
    item.className = "govuk-checkboxes__item";
    const input = document.createElement("input");
    input.className = "govuk-checkboxes__input";
    input.type = "checkbox";
    input.id = id;
    const labelEl = document.createElement("label");
    labelEl.className = "govuk-label govuk-checkboxes__label";
    labelEl.htmlFor = id;
    labelEl.textContent = text;
    item.append(input, labelEl);
    return [item, input];
  }

  function addFiles(files) {
    for (const file of files) {
      counter += 1;
      const n = counter;
      const item = document.createElement("li");
      item.className = "app-upload-item";
      const name = document.createElement("p");
      name.className = "govuk-body govuk-!-font-weight-bold";
      name.textContent = file.name;
      const titleLabel = document.createElement("label");
      titleLabel.className = "govuk-label";
      titleLabel.htmlFor = `app-title-${n}`;
      titleLabel.textContent = `Title for ${file.name} (optional)`;
      const title = document.createElement("input");
      title.className = "govuk-input";
      title.id = `app-title-${n}`;
      const boxes = document.createElement("div");
      boxes.className = "govuk-checkboxes govuk-checkboxes--small";
      const [returnItem, returnBox] = checkbox(`app-return-${n}`, "Return it to the parent when they ask");
      const [keepItem, keepBox] = checkbox(`app-keep-${n}`, "Keep a copy on file even after it is returned");
      boxes.append(returnItem, keepItem);
      const progress = document.createElement("progress");
      progress.className = "app-upload-progress";
      progress.max = 100;
      progress.value = 0;
      progress.setAttribute("aria-label", `Upload progress of ${file.name}`);
      const status = document.createElement("p");
      status.className = "govuk-body-s";
      status.setAttribute("role", "status");
      status.textContent = "Ready to upload";
      item.append(name, titleLabel, title, boxes, progress, status);
      list.append(item);
      pending.push({ file, title, returnBox, keepBox, progress, status, item });
    }
  }

  function send(entry) {
    return new Promise((resolve) => {
      const body = new FormData();
      body.append("csrf_token", token); // first: the server checks it before reading any file
      body.append("title-1", entry.title.value);
      if (entry.returnBox.checked) body.append("return-1", "yes");
      if (entry.keepBox.checked) body.append("keep-1", "yes");
      body.append("file-1", entry.file, entry.file.name);
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.setRequestHeader("Accept", "application/json");
      request.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) entry.progress.value = Math.round((100 * event.loaded) / event.total);
      });
      request.addEventListener("load", () => {
        let result = null;
        try { result = JSON.parse(request.responseText).files[0]; } catch (error) { result = null; }
        if (request.status === 200 && result && result.ok) {
          entry.progress.value = 100;
          entry.status.textContent = `Uploaded as “${result.title}”`;
        } else {
          entry.item.classList.add("app-upload-item--error");
          entry.status.className = "govuk-error-message";
          entry.status.textContent = result && result.error ? result.error : `Not uploaded (the server answered ${request.status})`;
        }
        resolve(result && result.ok);
      });
      request.addEventListener("error", () => {
        entry.status.className = "govuk-error-message";
        entry.status.textContent = "Not uploaded: the connection failed. Try again.";
        resolve(false);
      });
      entry.status.textContent = "Uploading…";
      request.send(body);
    });
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!pending.length) {
      drop.classList.add("app-file-drop--active");
      return;
    }
    submit.disabled = true;
    const batch = pending;
    pending = [];
    for (const entry of batch) {
      await send(entry); // one at a time: each file streams straight into the store
    }
    submit.disabled = false;
  });
}

// A job's page (drafting, revising, publishing a case study): the progress is fetched every second and
// put in place of the one shown (a live region); once the job has succeeded the page goes on to what
// it made. Without JavaScript the page refreshes itself instead.
for (const box of document.querySelectorAll('[data-module="app-job"]')) {
  followJob(box);
}

function followJob(box) {
  const url = box.dataset.appJobUrl;
  const tick = async () => {
    const response = await fetch(url, { headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const state = holder.querySelector("[data-app-job-state]");
    if (!state) return;
    box.replaceChildren(...holder.childNodes);
    if (state.dataset.appJobNext) {
      window.location.assign(state.dataset.appJobNext);
    } else if (!["failed", "cancelled"].includes(state.dataset.appJobState)) {
      window.setTimeout(tick, 1000);
    }
  };
  const state = box.querySelector("[data-app-job-state]");
  if (state && !["failed", "cancelled", "succeeded"].includes(state.dataset.appJobState)) {
    window.setTimeout(tick, 1000);
  }
}

// The case-study review: drag on a PDF item's original page to draw a box to cover. On release the
// form under the page gets the box's four edges (percentages of the page) and the box stays drawn; the
// reviewer then presses the form's button. Typing in the fields moves the box too (keyboard users type).
for (const form of document.querySelectorAll('form[data-module="app-cover-area"]')) {
  enhanceCoverArea(form);
}

function enhanceCoverArea(form) {
  const svg = document.getElementById(form.dataset.appCoverTarget);
  if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
  const view = svg.viewBox.baseVal;
  const fields = {};
  for (const input of form.querySelectorAll("[data-app-cover-edge]")) fields[input.dataset.appCoverEdge] = input;
  const drawn = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  drawn.setAttribute("class", "app-drawn");
  drawn.setAttribute("aria-hidden", "true");
  svg.classList.add("app-page--drawable");
  let start = null;

  function fraction(event) {
    const bounds = svg.getBoundingClientRect();
    const clamp = (v) => Math.min(1, Math.max(0, v));
    return [clamp((event.clientX - bounds.left) / bounds.width), clamp((event.clientY - bounds.top) / bounds.height)];
  }

  function show(left, top, right, bottom) {  // fractions of the page
    if (!(right > left && bottom > top)) { drawn.remove(); return; }
    drawn.setAttribute("x", view.x + left * view.width);
    drawn.setAttribute("y", view.y + top * view.height);
    drawn.setAttribute("width", (right - left) * view.width);
    drawn.setAttribute("height", (bottom - top) * view.height);
    if (!drawn.isConnected) svg.append(drawn);
  }

  function box(a, b) {
    return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
  }

  svg.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    start = fraction(event);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (start) show(...box(start, fraction(event)));
  });
  svg.addEventListener("pointerup", (event) => {
    if (!start) return;
    const [left, top, right, bottom] = box(start, fraction(event));
    start = null;
    if (right - left < 0.005 || bottom - top < 0.005) { drawn.remove(); return; }  // a click, not a box
    const percent = (v) => String(Math.round(v * 1000) / 10);
    fields.left.value = percent(left);
    fields.top.value = percent(top);
    fields.right.value = percent(right);
    fields.bottom.value = percent(bottom);
    show(left, top, right, bottom);
  });
  svg.addEventListener("pointercancel", () => { start = null; });

  function fromFields() {
    const [left, top, right, bottom] = ["left", "top", "right", "bottom"].map((e) => Number(fields[e].value.replace("%", "")) / 100);
    if ([left, top, right, bottom].every((v) => Number.isFinite(v) && v >= 0 && v <= 1)) show(left, top, right, bottom);
    else drawn.remove();
  }
  for (const input of Object.values(fields)) input.addEventListener("input", fromFields);
  if (Object.values(fields).every((input) => input.value.trim())) fromFields();  // sent back with an error
}
