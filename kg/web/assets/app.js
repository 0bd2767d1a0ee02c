// The query page: runs SPARQL against /sparql and draws the answer as DOM text, never markup.
"use strict";

const PREFIXES = {
  "https://w3id.org/zhkg/ontology#": "kg:",
  "https://w3id.org/zhkg/id/province/": "province:",
  "https://w3id.org/zhkg/id/program/": "program:",
  "https://w3id.org/zhkg/id/theme/": "theme:",
  "https://w3id.org/zhkg/id/doc/": "doc:",
  "https://w3id.org/zhkg/id/rule/": "rule:",
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
  "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
  "http://www.w3.org/2004/02/skos/core#": "skos:",
  "http://www.w3.org/ns/prov#": "prov:",
  "http://purl.org/dc/terms/": "dcterms:",
};
const VIEWABLE = ["https://w3id.org/zhkg/id/province/", "https://w3id.org/zhkg/id/program/",
  "https://w3id.org/zhkg/id/theme/"];

let saved = [];

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function shorten(iri) {
  for (const [ns, prefix] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function setStatus(text, error) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.className = error ? "error" : "";
}

function cell(term) {
  const td = el("td");
  if (!term) return td;
  if (term.type === "uri") {
    td.appendChild(el("a", shorten(term.value), {
      href: "/node?iri=" + encodeURIComponent(term.value), class: "node", title: term.value,
    }));
    if (VIEWABLE.some((ns) => term.value.startsWith(ns))) {
      td.appendChild(el("a", "→ 视图 view", {
        href: "/view?focus=" + encodeURIComponent(term.value), class: "view",
        title: "HTML view focused here",
      }));
    }
  } else {
    td.textContent = term.value;
    if (term["xml:lang"]) td.setAttribute("lang", term["xml:lang"]);
  }
  return td;
}

function showTable(data, truncated) {
  const results = document.getElementById("results");
  results.replaceChildren();
  if (typeof data.boolean === "boolean") {
    results.appendChild(el("p", data.boolean ? "true" : "false", { class: "boolean" }));
    setStatus("ASK answered");
    return;
  }
  const vars = data.head.vars;
  const rows = data.results.bindings;
  const table = el("table", null, { id: "result-table" });
  const head = el("tr");
  for (const v of vars) head.appendChild(el("th", v));
  table.appendChild(el("thead")).appendChild(head);
  const body = el("tbody");
  for (const row of rows) {
    const tr = el("tr");
    for (const v of vars) tr.appendChild(cell(row[v]));
    body.appendChild(tr);
  }
  table.appendChild(body);
  results.appendChild(table);
  setStatus(rows.length + " rows" + (truncated ? " (cut at the server's " + truncated + ")" : ""));
}

async function paramValues() {
  // The fields' values; a field that names a province, program or theme (its
  // data-kind) is first resolved by the server as kg query --param is (zhejiang,
  // 浙, Zhejiang -> 浙江): null, with the reason shown, when a name matches nothing.
  const values = new Map();
  for (const input of document.querySelectorAll("#params input")) {
    let value = input.value;
    if (input.dataset.kind && value.trim()) {
      const url =
        "/name?" +
        new URLSearchParams({ param: input.name, kind: input.dataset.kind, value });
      const response = await fetch(url);
      const text = await response.text();
      if (!response.ok) {
        document.getElementById("results").replaceChildren();
        setStatus(response.status + " " + text.trim(), true);
        return null;
      }
      value = JSON.parse(text).label;
    }
    values.set(input.name, value);
  }
  return values;
}

function bindParams(text, values) {
  // Each ?param_NAME becomes its value as a string literal (?param_NAME_zh the same
  // tagged @zh, as names are stored), in one pass over the text: a value is never read
  // again, so "?param_other" or a quote in it stays inside its literal
  // (kg.store.sparql.bind_params does the same).
  return text.replace(/[?$]param_([A-Za-z0-9_]+)/g, (whole, name) => {
    if (values.has(name)) return JSON.stringify(values.get(name));
    const base = name.endsWith("_zh") ? name.slice(0, -3) : null;
    if (base !== null && values.has(base)) return JSON.stringify(values.get(base)) + "@zh";
    return whole;
  });
}

async function run(event) {
  if (event) event.preventDefault();
  setStatus("running…");
  let values;
  try {
    values = await paramValues();
  } catch (err) {
    setStatus("cannot reach the server: " + err, true);
    return;
  }
  if (values === null) return;
  const query = bindParams(document.getElementById("query").value, values);
  let response;
  try {
    response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: new URLSearchParams({ query }),
    });
  } catch (err) {
    setStatus("cannot reach the server: " + err, true);
    return;
  }
  const text = await response.text();
  if (!response.ok) {
    document.getElementById("results").replaceChildren();
    setStatus(response.status + " " + text.trim(), true);
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  const truncated = response.headers.get("X-Kg-Truncated");
  if (type.startsWith("application/sparql-results+json")) {
    showTable(JSON.parse(text), truncated);
  } else {
    document.getElementById("results").replaceChildren(el("pre", text));
    setStatus("graph" + (truncated ? " (cut at the server's " + truncated + ")" : ""));
  }
}

function chooseSaved() {
  const name = document.getElementById("saved").value;
  const params = document.getElementById("params");
  params.replaceChildren();
  const q = saved.find((s) => s.name === name);
  document.getElementById("saved-description").textContent = q ? q.description : "";
  if (!q) return;
  document.getElementById("query").value = q.text;
  for (const p of q.params) {
    const id = "param-" + p.name;
    params.appendChild(el("label", p.name, { for: id, title: p.description }));
    const attrs = { id, name: p.name, placeholder: p.description };
    if (p.kind) attrs["data-kind"] = p.kind;
    params.appendChild(el("input", null, attrs));
  }
}

async function loadSaved() {
  try {
    const response = await fetch("/saved.json");
    saved = await response.json();
  } catch (err) {
    return;
  }
  const select = document.getElementById("saved");
  for (const q of saved) select.appendChild(el("option", q.name, { value: q.name }));
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("query-form").addEventListener("submit", run);
  document.getElementById("saved").addEventListener("change", chooseSaved);
  document.getElementById("query").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
  loadSaved();
  const given = new URLSearchParams(location.search).get("query");
  if (given) {
    document.getElementById("query").value = given;
    run();
  }
});
