/* diplograph page: view switcher, search, filters, legend, tooltips, side panel.
 *
 * Everything that comes from documents is shown with textContent: this file
 * never parses a string as HTML. The data arrives as JSON in #dg-data; pyvis's
 * drawGraph() (in the template) draws the first view into the global `network`.
 */
(function () {
  "use strict";

  var DG = JSON.parse(document.getElementById("dg-data").textContent);
  var timings = { start: performance.now() };
  window.dgTimings = timings;

  var VIEW_NAMES = { full: "Full graph", actors: "Actor network" };
  var current = DG.initial;
  var store = {};
  var tipped = {};
  var state = { classes: {}, relations: {}, doc: -1 };

  // -- DOM helpers (text only) ---------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function docLabel(index) {
    var doc = DG.docs[index];
    if (!doc) return "unknown document";
    return doc.title + (doc.date ? " (" + doc.date + ")" : "");
  }

  function wikidataUrl(id) {
    return /^Q[0-9]+$/.test(id || "") ? "https://www.wikidata.org/wiki/" + id : "";
  }

  function fullName(n) {
    return n ? (n.full || n.label) : "";
  }

  function classText(n) {
    return n.cls + (n.fine ? " · " + n.fine : "");
  }

  // -- drawing -------------------------------------------------------------------

  drawGraph();
  store[current] = { nodes: nodes.get(), edges: edges.get() };
  Object.keys(DG.other).forEach(function (name) { store[name] = DG.other[name]; });

  network.once("afterDrawing", function () { timings.firstDraw = performance.now(); });
  // vis fits the nodes only: leave a margin for curved edges and labels.
  function fitWithMargin() {
    network.fit({ animation: false });
    var scale = network.getScale();
    if (scale > 0) network.moveTo({ scale: scale * 0.9, animation: false });
  }

  network.on("stabilizationIterationsDone", function () {
    timings.stabilized = performance.now();
    network.setOptions({ physics: { enabled: false } });
    fitWithMargin();
  });

  // -- tooltips: DOM elements, built on first hover ------------------------------

  function evidenceOf(item) {
    if (item.ev && item.ev.length) return item.ev;
    var out = [];
    network.getConnectedEdges(item.id).forEach(function (eid) {
      var e = edges.get(eid);
      if (e && e.ev) e.ev.forEach(function (i) { if (out.indexOf(i) < 0) out.push(i); });
    });
    return out;
  }

  function tipEvidence(tip, ev) {
    ev.slice(0, 3).forEach(function (i) {
      var e = DG.evidence[i];
      var box = el("div", "dg-tip-ev");
      box.appendChild(el("q", null, e[3]));
      box.appendChild(el("cite", null, " — " + docLabel(e[0])));
      tip.appendChild(box);
    });
    if (ev.length > 3) tip.appendChild(el("div", "dg-muted", "… " + (ev.length - 3) + " more: click for all"));
  }

  function nodeTip(n) {
    var tip = el("div", "dg-tip");
    tip.appendChild(el("b", null, fullName(n)));
    tip.appendChild(el("span", "dg-muted", classText(n)));
    var url = wikidataUrl(n.wd);
    if (url) tip.appendChild(el("div", "dg-muted", "Wikidata: " + url));
    tipEvidence(tip, evidenceOf(n));
    return tip;
  }

  function edgeTip(e) {
    var tip = el("div", "dg-tip");
    var from = nodes.get(e.from), to = nodes.get(e.to);
    tip.appendChild(el("b", null, (fullName(from) || e.from) + " — " + e.relation + " → " + (fullName(to) || e.to)));
    tip.appendChild(el("span", "dg-muted", e.weight + (e.weight === 1 ? " fact" : " facts")));
    tipEvidence(tip, e.ev || []);
    return tip;
  }

  network.on("hoverNode", function (p) {
    var key = "n" + p.node;
    if (tipped[key]) return;
    tipped[key] = true;
    nodes.update({ id: p.node, title: nodeTip(nodes.get(p.node)) });
  });
  network.on("hoverEdge", function (p) {
    var key = "e" + p.edge;
    if (tipped[key]) return;
    tipped[key] = true;
    edges.update({ id: p.edge, title: edgeTip(edges.get(p.edge)) });
  });

  // -- side panel ------------------------------------------------------------------

  var panel = document.getElementById("dg-panel");

  function evidenceBox(i) {
    var e = DG.evidence[i];
    var box = el("div", "dg-ev");
    box.appendChild(el("q", null, e[3]));
    var where = docLabel(e[0]);
    if (e[1] >= 0) where += " · characters " + e[1] + "–" + e[2];
    box.appendChild(el("cite", null, where));
    return box;
  }

  function addFacts(dl, pairs) {
    pairs.forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === null || pair[1] === "") return;
      dl.appendChild(el("dt", null, pair[0]));
      var dd = el("dd");
      if (pair[1] instanceof Node) dd.appendChild(pair[1]); else dd.textContent = String(pair[1]);
      dl.appendChild(dd);
    });
  }

  function showNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    clear(panel);
    panel.appendChild(el("h2", null, fullName(n)));
    panel.appendChild(el("div", "dg-muted", classText(n)));
    panel.appendChild(el("div", "dg-iri", n.id));
    var dl = el("dl");
    var url = wikidataUrl(n.wd);
    var link = null;
    if (url) {
      link = el("a", null, n.wd);
      link.href = url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
    addFacts(dl, [["Wikidata", link], ["Also called", (n.alt || []).join("; ")], ["Role", n.role]]);
    if (n.m) {
      addFacts(dl, [["Degree", n.m.degree], ["Facts", n.m.strength], ["PageRank", n.m.pagerank.toFixed(4)],
        ["Betweenness", n.m.betweenness.toFixed(4)], ["Community", n.m.community]]);
    }
    panel.appendChild(dl);
    if (n.ev && n.ev.length) {
      panel.appendChild(el("h3", null, "Evidence"));
      n.ev.forEach(function (i) { panel.appendChild(evidenceBox(i)); });
    }
    var connected = network.getConnectedEdges(id).map(function (eid) { return edges.get(eid); })
      .filter(function (e) { return e; })
      .sort(function (a, b) { return a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0; });
    if (connected.length) panel.appendChild(el("h3", null, "Links"));
    connected.forEach(function (e) {
      var other = nodes.get(e.from === id ? e.to : e.from);
      var text = (e.from === id ? e.relation + " → " : "← " + e.relation + " ← ") + fullName(other);
      if (e.weight > 1) text += " (" + e.weight + " facts)";
      var head = el("div", "dg-link", text);
      panel.appendChild(head);
      if (!(n.ev && n.ev.length)) (e.ev || []).forEach(function (i) { panel.appendChild(evidenceBox(i)); });
    });
  }

  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var from = nodes.get(e.from), to = nodes.get(e.to);
    clear(panel);
    panel.appendChild(el("h2", null, e.relation));
    panel.appendChild(el("div", null, (fullName(from) || e.from) + " → " + (fullName(to) || e.to)));
    panel.appendChild(el("div", "dg-muted", e.weight + (e.weight === 1 ? " fact" : " facts")));
    if (e.ev && e.ev.length) {
      panel.appendChild(el("h3", null, "Evidence"));
      e.ev.forEach(function (i) { panel.appendChild(evidenceBox(i)); });
    } else {
      panel.appendChild(el("p", "dg-muted", "No evidence sentence recorded for this link."));
    }
  }

  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  // -- filters ---------------------------------------------------------------------

  function applyFilters() {
    var shown = {};
    var nodeUpdates = [], edgeUpdates = [];
    var doc = state.doc, nShown = 0, eShown = 0;
    store[current].nodes.forEach(function (n) {
      var show = state.classes[n.cls] !== false && (doc < 0 || n.docs.indexOf(doc) >= 0);
      shown[n.id] = show;
      if (show) nShown++;
      nodeUpdates.push({ id: n.id, hidden: !show });
    });
    store[current].edges.forEach(function (e) {
      var show = state.relations[e.relation] !== false && shown[e.from] && shown[e.to] &&
        (doc < 0 || e.docs.length === 0 || e.docs.indexOf(doc) >= 0);
      if (show) eShown++;
      edgeUpdates.push({ id: e.id, hidden: !show });
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    updateCounts(nShown, eShown);
  }

  function updateCounts(nShown, eShown) {
    var v = DG.views[current];
    var text = v.nodes + " nodes, " + v.edges + " edges, " + DG.docs.length +
      (DG.docs.length === 1 ? " document" : " documents");
    if (nShown !== v.nodes || eShown !== v.edges) text += " · showing " + nShown + " nodes, " + eShown + " edges";
    if (DG.focus) text += " · around “" + DG.focus + "”, depth " + DG.depth;
    document.getElementById("dg-counts").textContent = text;
  }

  function checkbox(list, kind, item, count) {
    var li = el("li");
    var box = el("input");
    box.type = "checkbox";
    box.checked = state[kind][item.name] !== false;
    box.id = "dg-" + kind + "-" + item.name.replace(/[^A-Za-z0-9]/g, "-");
    box.addEventListener("change", function () { state[kind][item.name] = box.checked; applyFilters(); });
    var label = el("label");
    label.htmlFor = box.id;
    if (kind === "classes") {
      var glyph = el("span", "dg-glyph", item.glyph);
      glyph.style.color = item.color;
      label.appendChild(glyph);
    } else {
      var line = el("span", "dg-line" + (item.dashes ? " dashed" : ""));
      line.style.borderTopColor = item.color;
      label.appendChild(line);
      label.title = item.about;
    }
    label.appendChild(document.createTextNode(" " + item.name));
    li.appendChild(box);
    li.appendChild(label);
    li.appendChild(el("span", "dg-count", count));
    list.appendChild(li);
  }

  function buildFilters() {
    var classCount = {}, relationCount = {};
    store[current].nodes.forEach(function (n) { classCount[n.cls] = (classCount[n.cls] || 0) + 1; });
    store[current].edges.forEach(function (e) { relationCount[e.relation] = (relationCount[e.relation] || 0) + 1; });
    var classes = document.getElementById("dg-classes");
    var relations = document.getElementById("dg-relations");
    clear(classes);
    clear(relations);
    DG.legend.classes.forEach(function (c) { if (classCount[c.name]) checkbox(classes, "classes", c, classCount[c.name]); });
    DG.legend.relations.forEach(function (r) { if (relationCount[r.name]) checkbox(relations, "relations", r, relationCount[r.name]); });
  }

  function setDoc(index) {
    state.doc = index;
    document.getElementById("dg-doc").value = String(index);
    Array.prototype.forEach.call(document.querySelectorAll("#dg-docs li"), function (li, i) {
      li.classList.toggle("active", i === index);
    });
    applyFilters();
  }

  function buildDocuments() {
    var select = document.getElementById("dg-doc");
    var list = document.getElementById("dg-docs");
    var all = el("option", null, "All documents");
    all.value = "-1";
    select.appendChild(all);
    DG.docs.forEach(function (doc, i) {
      var option = el("option", null, docLabel(i));
      option.value = String(i);
      select.appendChild(option);
      var li = el("li");
      li.appendChild(el("span", "dg-doc-title", doc.title));
      var meta = [doc.date, doc.path].filter(function (s) { return s; }).join(" · ");
      if (meta) li.appendChild(el("span", "dg-doc-meta", meta));
      li.title = "Show only what this document says (click again for all)";
      li.addEventListener("click", function () { setDoc(state.doc === i ? -1 : i); });
      list.appendChild(li);
    });
    select.addEventListener("change", function () { setDoc(parseInt(select.value, 10)); });
  }

  // -- search ------------------------------------------------------------------------

  var searchBox = document.getElementById("dg-search");
  var searchMsg = document.getElementById("dg-search-msg");

  function buildNames() {
    var list = document.getElementById("dg-names");
    clear(list);
    var seen = {};
    store[current].nodes.slice().sort(function (a, b) { return b.size - a.size; }).slice(0, 3000)
      .forEach(function (n) {
        [fullName(n)].concat(n.alt || []).forEach(function (name) {
          if (seen[name]) return;
          seen[name] = true;
          var option = el("option");
          option.value = name;
          list.appendChild(option);
        });
      });
  }

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var all = store[current].nodes, i, n, best = null;
    for (i = 0; i < all.length; i++) {
      n = all[i];
      if (n.id.toLowerCase() === q || fullName(n).toLowerCase() === q ||
          (n.alt || []).some(function (a) { return a.toLowerCase() === q; })) return n.id;
    }
    for (i = 0; i < all.length; i++) {
      n = all[i];
      if (fullName(n).toLowerCase().indexOf(q) >= 0 && (!best || n.size > best.size)) best = n;
    }
    return best ? best.id : null;
  }

  function search(query) {
    var id = findNode(query === undefined ? searchBox.value : query);
    if (id === null) {
      searchMsg.textContent = "Nothing in this view matches that name.";
      return null;
    }
    var n = nodes.get(id);
    if (n.hidden) {
      state.classes = {};
      state.relations = {};
      buildFilters();
      setDoc(-1);
    }
    searchMsg.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    showNode(id);
    return id;
  }

  searchBox.addEventListener("keydown", function (event) { if (event.key === "Enter") search(); });
  searchBox.addEventListener("change", function () { search(); });
  document.getElementById("dg-search-go").addEventListener("click", function () { search(); });

  // -- view switcher -------------------------------------------------------------------

  function buildSwitch() {
    var box = document.getElementById("dg-switch");
    clear(box);
    var names = Object.keys(DG.views).sort(function (a, b) {
      return (a === "full" ? 0 : 1) - (b === "full" ? 0 : 1) || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (names.length < 2) return;
    names.forEach(function (name) {
      var button = el("button", null, VIEW_NAMES[name] || name);
      button.type = "button";
      button.setAttribute("role", "tab");
      button.setAttribute("aria-selected", String(name === current));
      button.dataset.view = name;
      button.addEventListener("click", function () { switchView(name); });
      box.appendChild(button);
    });
  }

  function switchView(name) {
    if (name === current || !store[name]) return;
    current = name;
    tipped = {};
    var o = DG.views[name].options;
    network.setOptions({ physics: o.physics, edges: { smooth: o.edges.smooth },
      interaction: { hideEdgesOnDrag: o.interaction.hideEdgesOnDrag, hideEdgesOnZoom: o.interaction.hideEdgesOnZoom } });
    nodes.clear();
    edges.clear();
    nodes.add(store[name].nodes);
    edges.add(store[name].edges);
    if (o.physics.enabled) network.stabilize(o.physics.stabilization.iterations);
    fitWithMargin();
    buildSwitch();
    buildFilters();
    buildNames();
    applyFilters();
    clear(panel);
    panel.appendChild(el("p", "dg-muted", "Click a node or an edge to see where it was read."));
  }

  // -- start ---------------------------------------------------------------------------

  document.getElementById("dg-title").textContent = DG.title;
  buildSwitch();
  buildFilters();
  buildDocuments();
  buildNames();
  updateCounts(DG.views[current].nodes, DG.views[current].edges);

  window.dg = {
    search: search,
    switchView: switchView,
    showNode: showNode,
    showEdge: showEdge,
    view: function () { return current; },
    data: DG
  };
})();
