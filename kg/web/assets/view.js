// The zhkg view: vis-network over positions computed in Python (kg/web/layout.py).
// Every piece of document text reaches the DOM through textContent or canvas text;
// no string from the data is ever parsed as HTML.
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("zhkg-data").textContent);
  var T = payload.text;
  // Milliseconds since navigation start, for the benchmark: data parsed, network built, drawn.
  var state = { parsedAt: performance.now(), builtAt: null, drawnAt: null, ready: false,
                highlighted: null, labelBoxes: [], date: null };
  window.zhkg = state;

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // ---- the data, indexed
  var nodeById = new Map();
  payload.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var tables = payload.evidence;
  function evidenceOf(e) {  // the shared tables of render_view, back into records
    return e.evidence.map(function (i) {
      var item = tables.items[i], doc = tables.documents[item[1]];
      return { sentence: tables.sentences[item[0]], title: doc[0], date: doc[1],
               rule: tables.rules[item[2]], confidence: item[3] };
    });
  }
  var edgeById = new Map();
  var out = new Map(), into = new Map();
  payload.nodes.forEach(function (n) { out.set(n.id, []); into.set(n.id, []); });
  payload.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    out.get(e.from).push(e);
    into.get(e.to).push(e);
  });
  function degree(id) { return out.get(id).length + into.get(id).length; }
  var kindLabel = {};
  payload.kinds.forEach(function (k) { kindLabel[k.kind] = k.label; });
  var predicateLabel = {};
  payload.predicates.forEach(function (p) { predicateLabel[p.predicate] = p.label; });

  // ---- the network. Large graphs carry no vis labels: measuring thousands of CJK
  // labels costs vis a second, and the page draws them itself by zoom level (below).
  var lod = payload.lod;
  var nodes = new vis.DataSet(payload.nodes.map(function (n) {
    var item = { id: n.id, group: n.group, x: n.x, y: n.y, size: n.size };
    if (!lod) item.label = n.label;
    return item;
  }));
  var edges = new vis.DataSet(payload.edges.map(function (e) {
    var item = { id: e.id, from: e.from, to: e.to, color: e.color, width: e.width };
    if (e.label) item.label = e.label;
    if (e.predicate === "links") item.arrows = { to: { enabled: false } };
    return item;
  }));
  var container = document.getElementById("zhkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  window.network = network;
  state.builtAt = performance.now();
  network.once("afterDrawing", function () {
    state.drawnAt = performance.now();
    state.ready = true;
    // The legend covers the right of the canvas: fit the graph in what it leaves.
    var room = container.clientWidth - legend.offsetWidth - 24;
    if (payload.nodes.length > 1 && room > 200 && room < container.clientWidth) {
      var view = network.getViewPosition();
      network.moveTo({ position: view, scale: network.getScale() * room / container.clientWidth,
                       offset: { x: -(container.clientWidth - room) / 2, y: 0 }, animation: false });
    }
  });

  // ---- labels by zoom (large graphs) and group names (focus bands), on the canvas
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
  var pinned = new Set();
  var pages = payload.pages, pageIndex = 0, onPage = null;  // a large focus, in pages  // labels always drawn: the selection and its neighbours
  var hiddenNodes = new Set(), hiddenEdges = new Set();
  function drawLabels(ctx) {
    var scale = network.getScale();
    var view = network.body.view.translation;
    var ratio = network.canvas.pixelRatio || 1;
    var width = container.clientWidth, height = container.clientHeight;
    var boxes = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = payload.lodFont + "px " + FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.fillStyle = "#1f2933";
    payload.nodes.forEach(function (n) {
      if (hiddenNodes.has(n.id) || (n.zoom > scale && !pinned.has(n.id))) return;
      var body = network.body.nodes[n.id];
      var x = body.x * scale + view.x, y = (body.y + n.size) * scale + view.y + 2;
      if (x < -100 || x > width + 100 || y < -20 || y > height + 20) return;
      var w = ctx.measureText(n.short).width;
      ctx.strokeText(n.short, x, y);
      ctx.fillText(n.short, x, y);
      boxes.push({ id: n.id, left: (x - w / 2 - view.x) / scale, right: (x + w / 2 - view.x) / scale,
                   top: (y - view.y) / scale, bottom: (y + payload.lodFont - view.y) / scale });
    });
    ctx.restore();
    state.labelBoxes = boxes;
  }
  function drawSectors(ctx) {
    if (!payload.sectors.length) return;
    ctx.save();
    ctx.font = "600 17px " + FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "bottom";
    ctx.fillStyle = "#52606d";
    payload.sectors.forEach(function (s) {
      if (pages.length && s.page !== pageIndex) return;
      ctx.fillText(s.label + " (" + s.count + ")", s.x, s.y);
    });
    ctx.restore();
  }
  network.on("beforeDrawing", drawSectors);
  if (lod) network.on("afterDrawing", drawLabels);

  // ---- header, legend, notice
  document.getElementById("zhkg-search-input").placeholder = T.search;
  document.getElementById("zhkg-search-button").textContent = T.find;
  document.querySelector("#zhkg-confidence-label span").textContent = T.minConfidence;
  var notice = document.getElementById("zhkg-notice");
  if (payload.notice) {
    notice.textContent = payload.notice;
    notice.hidden = false;
  } else if (!payload.nodes.length) {
    notice.textContent = T.empty;
    notice.hidden = false;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function swatch(kind, grey) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("viewBox", "-9 -9 18 18");
    var shape;
    if (kind.shape === "dot") {
      shape = document.createElementNS(SVG, "circle");
      shape.setAttribute("r", "7");
    } else {
      shape = document.createElementNS(SVG, "polygon");
      shape.setAttribute("points", kind.shape === "diamond"
        ? "0,-8 8,0 0,8 -8,0"
        : "8,0 4,6.9 -4,6.9 -8,0 -4,-6.9 4,-6.9");
    }
    shape.setAttribute("fill", grey ? "#ffffff" : kind.background);
    shape.setAttribute("stroke", grey ? "#52606d" : kind.border);
    shape.setAttribute("stroke-width", "1.5");
    svg.appendChild(shape);
    return svg;
  }
  function line(color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "26");
    svg.setAttribute("height", "10");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", "M1 5 H19 M15 1 L22 5 L15 9");
    path.setAttribute("stroke", color);
    path.setAttribute("stroke-width", "2");
    path.setAttribute("fill", "none");
    svg.appendChild(path);
    return svg;
  }
  var counts = {};
  payload.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  var legend = document.getElementById("zhkg-legend");
  legend.appendChild(el("h2", "", T.legend));
  var byCommunity = payload.communities.length > 0;
  payload.kinds.forEach(function (k) {
    if (!counts[k.kind]) return;
    var row = el("div", "zl-kind");
    row.appendChild(swatch(k, byCommunity));
    row.appendChild(el("span", "", k.label + " (" + counts[k.kind] + ")"));
    legend.appendChild(row);
  });
  payload.predicates.forEach(function (p) {
    var row = el("div", "zl-edge");
    row.appendChild(line(p.color));
    row.appendChild(el("span", "", p.label));
    legend.appendChild(row);
  });
  var members = new Map();
  payload.nodes.forEach(function (n) {
    if (!members.has(n.community)) members.set(n.community, []);
    members.get(n.community).push(n.id);
  });
  if (byCommunity) {
    legend.appendChild(el("h3", "", T.communities));
    payload.communities.slice(0, 10).forEach(function (c) {
      var row = el("div", "zl-community");
      var chip = el("span", "zl-chip");
      chip.style.background = c.color;
      row.appendChild(chip);
      var named = c.names.map(function (x) { return x.length > 9 ? x.slice(0, 8) + "…" : x; });
      row.appendChild(el("span", "", named.join(" · ") + " (" + c.size + ")"));
      row.addEventListener("click", function () {
        var on = row.classList.toggle("zl-on");
        legend.querySelectorAll(".zl-on").forEach(function (r) { if (r !== row) r.classList.remove("zl-on"); });
        if (on) highlightSet(new Set(members.get(c.index)), "c" + c.index); else clearHighlight();
      });
      legend.appendChild(row);
    });
    if (payload.communities.length > 10) {
      legend.appendChild(el("div", "zl-note", "+" + (payload.communities.length - 10) + " " + T.others));
    }
  }

  // ---- tooltips: DOM built from data, shown on vis-network's hover events
  var tip = document.getElementById("zhkg-tooltip");
  function adoptions(id) {  // who adopted a program, earliest first
    return into.get(id).filter(function (e) { return e.predicate === "implements"; })
      .slice().sort(function (a, b) { return (a.first || "9999").localeCompare(b.first || "9999"); });
  }
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", "zt-title", n.label));
    box.appendChild(el("div", "zt-kind", kindLabel[n.kind]));
    if (n.aliases.length) box.appendChild(el("div", "zt-aliases", T.aliases + "：" + n.aliases.join("、")));
    box.appendChild(el("div", "zt-docs", fmt(T.documents, { n: n.documents })));
    box.appendChild(el("div", "zt-degree", fmt(T.connections, { n: degree(n.id) })));
    if (n.themes) box.appendChild(el("div", "zt-meta", T.themesOf + "：" + n.themes.join("、")));
    var adopted = n.kind === "program" ? adoptions(n.id) : [];
    if (adopted.length) {
      box.appendChild(el("div", "zt-kind", T.adopted));
      var list = el("ol", "zt-list");
      adopted.slice(0, 24).forEach(function (e) {
        list.appendChild(el("li", "", nodeById.get(e.from).label + " " + (e.first || "—")));
      });
      box.appendChild(list);
    }
    return box;
  }
  function linkTip(e, box) {
    var shown = viaAsOf(e);
    box.appendChild(el("div", "zt-kind", fmt(T.via, { n: shown.length })));
    var list = el("ol", "zt-list");
    shown.slice(0, 30).forEach(function (v) { list.appendChild(el("li", "", v[0] + (v[1] ? " " + v[1] : ""))); });
    box.appendChild(list);
    if (shown.length > 30) box.appendChild(el("div", "zt-meta", fmt(T.more, { n: shown.length - 30 })));
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    var source = nodeById.get(e.from), target = nodeById.get(e.to);
    box.appendChild(el("div", "zt-title",
      source.label + " → " + predicateLabel[e.predicate] + " → " + target.label));
    if (e.predicate === "links") return linkTip(e, box);
    var evidence = evidenceOf(e);
    var rules = Array.from(new Set(evidence.map(function (ev) { return ev.rule; })
      .filter(function (r) { return r; }))).sort();
    var meta = [];
    if (e.first) meta.push(fmt(T.firstSeen, { date: e.first }));
    if (e.confidence !== null) meta.push(T.confidence + " " + e.confidence.toFixed(2));
    if (rules.length) meta.push(T.rules + " " + rules.join(", "));
    if (meta.length) box.appendChild(el("div", "zt-kind", meta.join(" · ")));
    if (!evidence.length) {
      box.appendChild(el("div", "zt-meta", T.noEvidence));
      return box;
    }
    var list = el("ol");
    evidence.slice(0, 5).forEach(function (ev) {
      var item = el("li");
      item.appendChild(el("span", "zt-sentence", "“" + ev.sentence + "”"));
      var where = [];
      if (ev.title) where.push("《" + ev.title + "》");
      if (ev.date) where.push(ev.date);
      if (where.length) item.appendChild(el("span", "zt-source", where.join(" ")));
      var how = [];
      if (ev.rule) how.push(T.rules + " " + ev.rule);
      if (ev.confidence !== null) how.push(T.confidence + " " + ev.confidence.toFixed(2));
      if (how.length) item.appendChild(el("span", "zt-meta", how.join(" · ")));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (evidence.length > 5) box.appendChild(el("div", "zt-meta", fmt(T.more, { n: evidence.length - 5 })));
    return box;
  }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var width = container.clientWidth, height = container.clientHeight;
    var x = pointer.x + 16, y = pointer.y + 16;
    if (x + tip.offsetWidth > width) x = Math.max(0, pointer.x - tip.offsetWidth - 16);
    if (y + tip.offsetHeight > height) y = Math.max(0, pointer.y - tip.offsetHeight - 16);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodeById.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---- highlight: fade everything but a set of nodes and the edges among them
  function highlightSet(keepNodes, key) {
    var keepEdges = new Set();
    payload.edges.forEach(function (e) {
      if (keepNodes.has(e.from) && keepNodes.has(e.to)) keepEdges.add(e.id);
    });
    nodes.update(payload.nodes.map(function (n) {
      return { id: n.id, opacity: keepNodes.has(n.id) ? 1 : 0.15 };
    }));
    edges.update(payload.edges.map(function (e) {
      return { id: e.id, color: keepEdges.has(e.id) ? e.color
        : { color: e.color, highlight: e.color, hover: e.color, opacity: 0.08 } };
    }));
    state.highlighted = key;
  }
  function highlight(id) {
    var keep = new Set([id]);
    out.get(id).concat(into.get(id)).forEach(function (e) { keep.add(e.from); keep.add(e.to); });
    pinned = keep;
    highlightSet(keep, id);
  }
  function clearHighlight() {
    pinned = new Set();
    if (state.highlighted === null) return;
    nodes.update(payload.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    edges.update(payload.edges.map(function (e) { return { id: e.id, color: e.color }; }));
    state.highlighted = null;
    network.redraw();
  }
  network.on("click", function (p) {
    if (p.nodes.length) highlight(p.nodes[0]);
    else clearHighlight();
  });

  // ---- search by label or alias
  function norm(s) { return String(s).normalize("NFKC").trim().toLowerCase(); }
  var names = payload.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.aliases).map(norm), degree: degree(n.id) };
  });
  var datalist = document.getElementById("zhkg-names");
  payload.nodes.slice(0, 5000).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    datalist.appendChild(option);
  });
  function find(query) {
    var q = norm(query);
    if (!q) return null;
    var best = null, bestScore = -1;
    names.forEach(function (entry) {
      var score = -1;
      entry.names.forEach(function (name) {
        var s = name === q ? 3 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) >= 0 ? 1 : -1;
        if (s > score) score = s;
      });
      if (score > bestScore || (score === bestScore && score >= 0 && entry.degree > best.degree)) {
        best = entry;
        bestScore = score;
      }
    });
    return bestScore >= 0 ? best.id : null;
  }
  function focusNode(id) {
    if (onPage !== null && !onPage.has(id)) {
      for (var k = 0; k < pages.length; k++) { if (pages[k][id]) { showPage(k); break; } }
    }
    if (hiddenNodes.has(id)) resetFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    highlight(id);
  }
  var status = document.getElementById("zhkg-search-status");
  document.getElementById("zhkg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("zhkg-search-input").value;
    var id = find(query);
    if (id === null) {
      status.textContent = fmt(T.notFound, { q: query });
      return;
    }
    focusNode(id);
    status.textContent = fmt(T.found, { label: nodeById.get(id).label });
  });
  state.find = find;
  state.focusNode = focusNode;

  // ---- filters: node type, province, theme, minimum confidence, date
  var kindBoxes = document.getElementById("zhkg-kinds");
  payload.kinds.forEach(function (k) {
    if (!counts[k.kind]) return;
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", applyFilters);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + k.label));
    kindBoxes.appendChild(label);
  });
  function fillSelect(select, kind, allLabel) {
    select.appendChild(new Option(allLabel, ""));
    payload.nodes.filter(function (n) { return n.kind === kind; })
      .sort(function (a, b) { return a.label.localeCompare(b.label, "zh"); })
      .forEach(function (n) { select.appendChild(new Option(n.label, n.id)); });
    select.addEventListener("change", applyFilters);
  }
  var provinceSelect = document.getElementById("zhkg-province");
  var themeSelect = document.getElementById("zhkg-theme");
  fillSelect(provinceSelect, "province", T.allProvinces);
  fillSelect(themeSelect, "theme", T.allThemes);
  // The data were already cut at --min-confidence: the slider starts there, not at 0.
  var floor = payload.minConfidence || 0;
  var slider = document.getElementById("zhkg-confidence");
  var sliderValue = document.getElementById("zhkg-confidence-value");
  slider.min = String(floor);
  slider.value = String(floor);
  sliderValue.textContent = floor.toFixed(2);
  slider.addEventListener("input", function () {
    sliderValue.textContent = Number(slider.value).toFixed(2);
    applyFilters();
  });

  function fromProvince(id) {  // the province, its programs, and the themes they serve
    var keep = new Set([id]);
    out.get(id).forEach(function (e) {
      keep.add(e.to);
      out.get(e.to).forEach(function (s) { if (s.predicate === "serves") keep.add(s.to); });
    });
    return keep;
  }
  function fromTheme(id) {  // the theme, the programs serving it, and who implements them
    var keep = new Set([id]);
    into.get(id).forEach(function (e) {
      keep.add(e.from);
      into.get(e.from).forEach(function (i) { if (i.predicate === "implements") keep.add(i.from); });
    });
    return keep;
  }
  function viaAsOf(e) {  // an overview edge's programs seen by the timeline's date
    if (state.date === null) return e.via;
    return e.via.filter(function (v) { return !v[1] || v[1] <= state.date; });
  }
  function edgeShown(e, minimum) {
    if (minimum > floor && (e.confidence === null || e.confidence < minimum)) return false;
    if (state.date === null || !e.first) return true;
    return e.first <= state.date;
  }
  function applyFilters() {
    var kinds = new Set();
    kindBoxes.querySelectorAll("input").forEach(function (b) { if (b.checked) kinds.add(b.value); });
    var allowed = null;
    if (provinceSelect.value) allowed = fromProvince(provinceSelect.value);
    if (themeSelect.value) {
      var byTheme = fromTheme(themeSelect.value);
      allowed = allowed === null ? byTheme
        : new Set(Array.from(allowed).filter(function (x) { return byTheme.has(x); }));
    }
    var minimum = Number(slider.value);
    var live = new Set();  // nodes with an edge that passes the date and confidence
    var edgeOk = new Map();
    payload.edges.forEach(function (e) {
      var ok = edgeShown(e, minimum);
      edgeOk.set(e.id, ok);
      if (ok) { live.add(e.from); live.add(e.to); }
    });
    var nodeChanges = [], edgeChanges = [], shownNodes = 0, shownEdges = 0;
    payload.nodes.forEach(function (n) {
      var hide = !kinds.has(n.kind) || (allowed !== null && !allowed.has(n.id))
        || (onPage !== null && !onPage.has(n.id))
        || (degree(n.id) > 0 && !live.has(n.id));
      if (hide !== hiddenNodes.has(n.id)) {
        nodeChanges.push({ id: n.id, hidden: hide });
        if (hide) hiddenNodes.add(n.id); else hiddenNodes.delete(n.id);
      }
      if (!hide) shownNodes++;
    });
    payload.edges.forEach(function (e) {
      var hide = hiddenNodes.has(e.from) || hiddenNodes.has(e.to) || !edgeOk.get(e.id);
      var change = null;
      if (hide !== hiddenEdges.has(e.id)) {
        change = { id: e.id, hidden: hide };
        if (hide) hiddenEdges.add(e.id); else hiddenEdges.delete(e.id);
      }
      if (e.predicate === "links" && !hide) {
        var width = Math.round((1 + 1.8 * Math.sqrt(viaAsOf(e).length)) * 100) / 100;
        if (width !== e.shownWidth) {
          e.shownWidth = width;
          change = Object.assign(change || { id: e.id }, { width: width });
        }
      }
      if (change) edgeChanges.push(change);
      if (!hide) shownEdges++;
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    document.getElementById("zhkg-count").textContent = fmt(T.shown, { nodes: shownNodes, edges: shownEdges });
    showLatest();
  }
  function resetFilters() {
    kindBoxes.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    provinceSelect.value = "";
    themeSelect.value = "";
    slider.value = String(floor);
    sliderValue.textContent = floor.toFixed(2);
    setDate(null);
  }
  state.applyFilters = applyFilters;

  // ---- the timeline: the graph as of a date; a fact appears at its earliest evidence
  var timeline = document.getElementById("zhkg-timeline");
  var dateSlider = document.getElementById("zhkg-date");
  var dateValue = document.getElementById("zhkg-date-value");
  var playButton = document.getElementById("zhkg-play");
  var latest = document.getElementById("zhkg-latest");
  function eventsOf(e) {  // [date, edge] pairs: an overview edge counts each program
    if (e.predicate === "links") return e.via.filter(function (v) { return v[1]; }).map(function (v) { return v[1]; });
    return e.first ? [e.first] : [];
  }
  var days = new Set();
  payload.edges.forEach(function (e) { eventsOf(e).forEach(function (d) { days.add(d); }); });
  days = Array.from(days).sort();
  function setDate(index) {  // index into days; null or past the end: no date filter
    if (index === null || index >= days.length) {
      state.date = null;
      dateSlider.value = String(days.length);
      dateValue.textContent = fmt(T.asOf, { date: days.length ? days[days.length - 1] : "" });
    } else {
      state.date = days[index];
      dateSlider.value = String(index);
      dateValue.textContent = fmt(T.asOf, { date: state.date });
    }
    paintHistogram();
    applyFilters();
  }
  var adoptionsDated = payload.edges.some(function (e) { return e.predicate === "implements" && e.first; });
  latest.hidden = !adoptionsDated;
  function showLatest() {
    if (!adoptionsDated) return;
    var recent = payload.edges.filter(function (e) {
      return e.predicate === "implements" && e.first && (state.date === null || e.first <= state.date)
        && !hiddenEdges.has(e.id);
    }).sort(function (a, b) { return b.first.localeCompare(a.first); }).slice(0, 4);
    latest.replaceChildren(el("b", "", T.latest + "："));
    recent.forEach(function (e, i) {
      latest.appendChild(document.createTextNode((i ? "；" : "") + e.first + " "));
      latest.appendChild(el("b", "", nodeById.get(e.from).label));
      latest.appendChild(document.createTextNode(" → " + nodeById.get(e.to).label));
    });
  }
  // Bars by month, or by day when the dates span a season (a year's work reports).
  var months = [], keyLength = 7;
  function paintHistogram() {
    var svg = document.getElementById("zhkg-histogram");
    if (!months.length) return;
    var last = state.date === null ? "9999" : state.date.slice(0, keyLength);
    Array.prototype.forEach.call(svg.children, function (rect, i) {
      rect.setAttribute("class", months[i].month <= last ? "zh-past" : "");
    });
  }
  function nextKey(key) {
    if (keyLength === 7) {
      var y = Number(key.slice(0, 4)), m = Number(key.slice(5, 7)) + 1;
      if (m > 12) { m = 1; y += 1; }
      return y + "-" + (m < 10 ? "0" : "") + m;
    }
    var day = new Date(key + "T00:00:00Z");
    day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString().slice(0, 10);
  }
  function buildHistogram() {
    var span = (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 86400000;
    if (span <= 120) keyLength = 10;
    var counts = new Map();
    payload.edges.forEach(function (e) {
      eventsOf(e).forEach(function (d) {
        var k = d.slice(0, keyLength);
        counts.set(k, (counts.get(k) || 0) + 1);
      });
    });
    var key = days[0].slice(0, keyLength), end = days[days.length - 1].slice(0, keyLength);
    while (months.length < 1500) {
      months.push({ month: key, count: counts.get(key) || 0 });
      if (key >= end) break;
      key = nextKey(key);
    }
    var svg = document.getElementById("zhkg-histogram");
    // at least 24 slots, so that two months do not make two slabs
    var slots = Math.max(months.length, 24), offset = slots - months.length;
    svg.setAttribute("viewBox", "0 0 " + slots + " 100");
    var top = Math.max.apply(null, months.map(function (x) { return x.count; })) || 1;
    months.forEach(function (x, i) {
      var rect = document.createElementNS(SVG, "rect");
      var h = x.count ? Math.max(6, 100 * Math.sqrt(x.count / top)) : 0;
      rect.setAttribute("x", String(offset + i + 0.1));
      rect.setAttribute("width", "0.8");
      rect.setAttribute("y", String(100 - h));
      rect.setAttribute("height", String(h));
      var title = document.createElementNS(SVG, "title");
      title.textContent = x.month + "：" + x.count;
      rect.appendChild(title);
      svg.appendChild(rect);
    });
  }
  var playing = null;
  function stop() {
    clearInterval(playing);
    playing = null;
    playButton.textContent = "▶ " + T.play;
  }
  if (days.length > 1) {
    timeline.hidden = false;
    dateSlider.max = String(days.length);
    buildHistogram();
    paintHistogram();
    dateSlider.addEventListener("input", function () {
      stop();
      setDate(Number(dateSlider.value));
    });
    playButton.textContent = "▶ " + T.play;
    playButton.addEventListener("click", function () {
      if (playing !== null) { stop(); return; }
      playButton.textContent = "❚❚ " + T.pause;
      var at = state.date === null ? 0 : Number(dateSlider.value);
      // About eight seconds from the first date to the last, whatever their number.
      var step = Math.max(1, Math.round(days.length / 60));
      setDate(at);
      playing = setInterval(function () {
        at += step;
        if (at >= days.length) { setDate(null); stop(); return; }
        setDate(at);
      }, 130);
    });
  }
  state.setDate = function (day) {  // for tests and notebooks: the graph as of a day
    if (day === null) { setDate(null); return; }
    var index = days.length;
    for (var i = 0; i < days.length; i++) { if (days[i] <= day) index = i; }
    if (days.length && days[0] > day) { state.date = day; paintHistogram(); applyFilters(); return; }
    setDate(index);
    state.date = day;
    applyFilters();
  };
  if (days.length) dateValue.textContent = fmt(T.asOf, { date: days[days.length - 1] });
  dateSlider.value = String(days.length);

  // ---- pages of a large focus: each page its own rings, one shown at a time
  var pager = document.getElementById("zhkg-pager");
  function showPage(k) {
    pageIndex = k;
    var at = pages[k];
    onPage = new Set(Object.keys(at));
    nodes.update(payload.nodes.filter(function (n) { return at[n.id]; }).map(function (n) {
      return { id: n.id, x: at[n.id][0], y: at[n.id][1] };
    }));
    var first = 0, total = 0, here = 0;
    // the nodes that turn with the pages: those not on every page
    var turning = payload.nodes.filter(function (n) {
      return !pages.every(function (page) { return page[n.id]; });
    });
    pages.forEach(function (page, p) {
      var count = turning.filter(function (n) { return page[n.id]; }).length;
      if (p < k) first += count;
      if (p === k) here = count;
      total += count;
    });
    document.getElementById("zhkg-page").textContent =
      fmt(T.page, { k: k + 1, n: pages.length, from: first + 1, to: first + here, total: total });
    document.getElementById("zhkg-prev").disabled = k === 0;
    document.getElementById("zhkg-next").disabled = k === pages.length - 1;
    applyFilters();
    network.fit();
  }
  if (pages.length) {
    pager.hidden = false;
    document.getElementById("zhkg-prev").title = T.prev;
    document.getElementById("zhkg-next").title = T.next;
    document.getElementById("zhkg-prev").addEventListener("click", function () { showPage(pageIndex - 1); });
    document.getElementById("zhkg-next").addEventListener("click", function () { showPage(pageIndex + 1); });
    state.showPage = showPage;
    showPage(0);
  } else {
    applyFilters();
  }

  if (payload.focus.length) network.selectNodes(payload.focus);
})();
