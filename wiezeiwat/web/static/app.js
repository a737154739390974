// wiezeiwat: small, optional enhancements; every page works without them.
"use strict";

// "/" focuses the search box (unless typing in a field already).
document.addEventListener("keydown", (e) => {
  const t = e.target;
  if (e.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement ||
                         t instanceof HTMLSelectElement)) {
    const box = document.getElementById("top-q");
    if (box) { e.preventDefault(); box.focus(); }
  }
});

// The "analyse a text" page: post JSON, show the quotes. Text goes in via textContent only.
function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

async function analyze(event) {
  event.preventDefault();
  const form = event.target, status = document.getElementById("an-status");
  const out = document.getElementById("an-out");
  const body = { text: form.text.value };
  if (form.date.value) body.date = form.date.value;
  status.textContent = "Working…";
  out.replaceChildren();
  try {
    const res = await fetch("/api/analyze", { method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" } });
    const data = await res.json();
    if (!res.ok) {
      status.textContent = "Error " + res.status + ": " + (typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail));
      return;
    }
    status.textContent = data.quotes.length + " quote(s), " + data.claims.length + " claim(s)";
    for (const q of data.quotes) {
      const li = el("li");
      const meta = el("p", null, "meta");
      meta.append(el("strong", q.speaker || "unknown source"), " · " + (q.cue ? q.cue.text : "—") + " · ",
                  el("span", q.stance, "stance st-" + q.stance), " · " + ((q.when && q.when.value) || "?"));
      li.append(meta, el("blockquote", q.text, q.kind));
      out.append(li);
    }
  } catch (err) {
    status.textContent = "Error: " + err;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("analyze");
  if (form) form.addEventListener("submit", analyze);
});
