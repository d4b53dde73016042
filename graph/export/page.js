/* diplograph page: the actor network, facts drawn for a focus, time, search, panels.
 *
 * Everything that comes from documents is shown with textContent: this file
 * never parses a string as HTML. The data arrives as columnar JSON (gzip + base64
 * when large; see graph/export/pagedata.py for the keys) in two parts: #dg-data, all
 * the actor network needs, read first; #dg-facts (facts, their links, evidence), read
 * once the actor network is drawn. Whatever needs the facts waits for them (whenFacts).
 * The globals `network`, `nodes` and `edges` are the drawn vis network and its data.
 */
(function () {
  "use strict";

  var timings = { start: performance.now() };
  window.dgTimings = timings;

  function load(id, done) {
    var box = document.getElementById(id);
    if (box.dataset.encoding !== "gzip-base64") { done(JSON.parse(box.textContent)); return; }
    var text = atob(box.textContent.trim());
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    new Response(stream).text().then(function (json) { done(JSON.parse(json)); });
  }

  load("dg-data", function (D) { timings.parsed = performance.now(); start(D); });

  function start(D) {
    var FACT_CAP = 1500;        // facts drawn at most in one focus
    var CENTRAL = 20;           // actors labelled at the default zoom
    var LABEL_PX = 14;          // their label size on screen
    var TIP_EVIDENCE = 2;
    var MANY_EDGES = 2000;      // above this many edges shown, arrow heads wait for the zoom
    var ARROW_SCALE = 0.45;     // the scale where an arrow head is 4 px long
    var n = D.n, f = null, L = null, E = D.E;
    var N = n.i.length, F = D.nf, NA = D.na;
    var lastDate = D.dates.length - 1;
    var styles = {};
    D.legend.relations.forEach(function (r) { styles[r.name] = r; });

    // -- reading the columns ----------------------------------------------------------

    function sparse(col, i, dflt) {
      return col && col[String(i)] !== undefined ? col[String(i)] : dflt;
    }
    function iri(s) { return !s ? "" : (s.indexOf(":") >= 0 ? s : D.base + s); }
    function curie(full) { return full.indexOf(D.base) === 0 ? "dgid:" + full.slice(D.base.length) : "<" + full + ">"; }
    function isFact(k) { return k >= N; }
    function nodeCls(i) { return n.cs[n.c[i]]; }
    function factCls(j) { return f.cs[f.c[j]]; }
    function isStance(j) { var c = factCls(j); return c === "rejects" || c === "supports"; }
    function cls(k) { return isFact(k) ? factCls(k - N) : nodeCls(k); }
    function label(k) {
      if (!isFact(k)) return n.l[k];
      var j = k - N;
      if (isStance(j)) return factCls(j) + ": " + label(sparse(f.g, j, -1));
      return f.l[j];
    }
    function fullLabel(k) { return isFact(k) ? label(k) : sparse(n.full, k, n.l[k]); }
    function idOf(k) { return isFact(k) ? iri(f.i[k - N]) : iri(n.i[k]); }
    function dateOf(j) { return f.t[j] >= 0 ? D.dates[f.t[j]] : ""; }
    function docsOf(j) { var d = f.d[j]; return d === -1 ? [] : (typeof d === "number" ? [d] : d); }
    var byId = {};
    for (var i0 = 0; i0 < N; i0++) byId[iri(n.i[i0])] = i0;

    // -- the facts, read after the first drawing ------------------------------------------

    var factsReady = false, waiting = [], linkStart = null, linkAt = null, stancesOf = {};
    function whenFacts(fn) { if (factsReady) fn(); else waiting.push(fn); }
    function takeFacts(more) {
      D.f = f = more.f;
      D.L = L = more.L;
      D.ev = more.ev;
      for (var j = 0; j < F; j++) if (f.i[j] && !isStance(j)) byId[iri(f.i[j])] = N + j;
      indexLinks();
      for (j = 0; j < F; j++) {
        if (!isStance(j)) continue;
        [sparse(f.h, j, -1), sparse(f.g, j, -1)].forEach(function (k) {
          if (k >= 0) (stancesOf[k] = stancesOf[k] || []).push(j);
        });
      }
      factsReady = true;
      waiting.splice(0).forEach(function (fn) { fn(); });
    }
    // Links of every node and fact (compressed rows: start offsets and link indices).
    function indexLinks() {
      var k;
      linkStart = new Int32Array(N + F + 1);
      linkAt = new Int32Array(2 * L.a.length);
      for (k = 0; k < L.a.length; k++) { linkStart[L.a[k] + 1]++; linkStart[L.b[k] + 1]++; }
      for (k = 0; k < N + F; k++) linkStart[k + 1] += linkStart[k];
      var fill = linkStart.slice(0, N + F);
      for (k = 0; k < L.a.length; k++) { linkAt[fill[L.a[k]]++] = k; linkAt[fill[L.b[k]]++] = k; }
    }
    function linksOf(k) { return linkAt.subarray(linkStart[k], linkStart[k + 1]); }
    // The facts a node takes part in, in date order.
    function factsOf(k) {
      var seen = {}, out = [];
      Array.prototype.forEach.call(linksOf(k), function (l) {
        var other = L.a[l] === k ? L.b[l] : L.a[l];
        var j = isFact(other) ? other - N : (isFact(k) ? k - N : -1);
        if (j >= 0 && !seen[j]) { seen[j] = true; out.push(j); }
      });
      (stancesOf[k] || []).forEach(function (j) { if (!seen[j]) { seen[j] = true; out.push(j); } });
      return out.sort(function (a, b) { return a - b; });
    }

    // -- state ----------------------------------------------------------------------------

    var state = {
      view: "actors", focus: null, lo: 0, hi: lastDate, isolated: false,
      classes: {}, relations: {}, limit: Math.min(D.caps.first, D.caps.actors)
    };
    var LINKED = 0;   // actors with at least one link
    for (var a0 = 0; a0 < NA; a0++) if (sparse(n.dg, a0, 0) > 0) LINKED++;
    function fullRange() { return state.lo <= 0 && state.hi >= lastDate; }
    function inRange(t) { return fullRange() || (t >= state.lo && t <= state.hi); }
    function factInRange(j) { return inRange(f.t[j]); }
    var drawn = { nodes: [], edges: [] };   // what the current view holds, by index
    var crowded = false;                     // more than MANY_EDGES edges in it
    var note = "";

    // -- DOM helpers (text only) ------------------------------------------------------------

    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined && text !== null) node.textContent = String(text);
      return node;
    }
    function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
    function button(text, onClick) {
      var b = el("button", null, text);
      b.type = "button";
      b.addEventListener("click", onClick);
      return b;
    }
    function docLabel(d) {
      if (d < 0 || d >= D.docs.t.length) return "unknown document";
      return D.docs.t[d] + (D.docs.d[d] ? " (" + D.docs.d[d] + ")" : "");
    }
    function wikidataUrl(id) { return /^Q[0-9]+$/.test(id || "") ? "https://www.wikidata.org/wiki/" + id : ""; }
    function shellQuote(s) { return "'" + String(s).replace(/'/g, "'\\''") + "'"; }
    function plural(k, word) { return count(k) + " " + word + (k === 1 ? "" : "s"); }
    function count(k) { return k.toLocaleString("en-US"); }

    // -- vis items ----------------------------------------------------------------------------

    function nodeSize(k) {
      if (isFact(k)) return 9;
      var ce = sparse(n.ce, k, 0), top = sparse(n.ce, 0, 1) || 1;
      return Math.round(10 + 30 * Math.sqrt(ce / top));
    }
    function visNode(k) {
      var item = { id: idOf(k), k: k, label: label(k), group: cls(k), size: nodeSize(k) };
      if (!isFact(k) && sparse(n.x, k, null) !== null) { item.x = n.x[k]; item.y = n.y[k]; }
      if (isFact(k)) item.font = { size: 11, color: "#444444" };
      return item;
    }
    function edgeStyle(item, relation, weight) {
      var s = styles[relation] || { color: "#888888", dashes: false };
      item.color = { color: s.color, highlight: s.color, hover: s.color, opacity: crowded ? 0.35 : 0.85 };
      item.dashes = !!s.dashes;
      item.label = weight > 1 ? relation + " ×" + weight : relation;
      item.width = weight > 1 ? Math.round((1 + 1.5 * Math.log2(weight)) * 100) / 100 : 1;
      return item;
    }

    // -- the actor network --------------------------------------------------------------------

    function actorSet() {
      var keep = [], k;
      note = "";
      if (state.focus && state.focus.kind === "actors") {
        var depth = state.focus.depth, seen = {}, frontier = state.focus.nodes.slice();
        frontier.forEach(function (a) { seen[a] = true; });
        for (var step = 0; step < depth; step++) {
          var next = [];
          for (k = 0; k < E.u.length; k++) {
            [[E.u[k], E.v[k]], [E.v[k], E.u[k]]].forEach(function (p) {
              if (seen[p[0]] && !seen[p[1]] && frontier.indexOf(p[0]) >= 0) { seen[p[1]] = true; next.push(p[1]); }
            });
          }
          frontier = next;
        }
        for (k = 0; k < NA; k++) if (seen[k]) keep.push(k);
        return keep;
      }
      var linked = 0, alone = 0;
      for (k = 0; k < NA; k++) {
        if (sparse(n.dg, k, 0) > 0) { if (linked < state.limit) { keep.push(k); linked++; } }
        else if (alone < D.caps.actors) { keep.push(k); alone++; }
      }
      note = LINKED > linked ? "the " + count(linked) + " most central of " + count(LINKED) + " linked actors" : "";
      return keep;
    }

    // "Show more actors": how many the actor network leaves out, and a button for the next ones.
    function buildMore() {
      var box = document.getElementById("dg-more"), text = document.getElementById("dg-more-text");
      var more = document.getElementById("dg-more-go");
      var shown = Math.min(state.limit, LINKED), left = LINKED - shown;
      box.hidden = state.view !== "actors" || !!state.focus || left <= 0;
      if (box.hidden) return;
      var next = Math.min(D.caps.first, D.caps.actors - shown, left);
      text.textContent = "Showing the " + count(shown) + " most central of " + count(LINKED) +
        " linked actors; " + count(left) + " hidden" + (next > 0 ? "." : " (find them by search).");
      more.hidden = next <= 0;
      more.textContent = "Show " + count(next) + " more actors";
    }

    function buildActors() {
      var keep = actorSet(), inSet = {};
      keep.forEach(function (k) { inSet[k] = true; });
      var items = keep.map(visNode), among = [];
      for (var k = 0; k < E.u.length; k++) if (inSet[E.u[k]] && inSet[E.v[k]]) among.push(k);
      among = strongest(among);
      crowded = among.length > MANY_EDGES;
      var links = among.map(function (k) {
        return edgeStyle({ id: "a" + k, k: k, from: idOf(E.u[k]), to: idOf(E.v[k]), relation: E.rs[E.r[k]] },
          E.rs[E.r[k]], factCount(k) || 1);
      });
      fanOut(links);
      drawn = { nodes: keep, edges: links.map(function (e) { return e.k; }) };
      return { nodes: items, edges: links };
    }

    // At most D.caps.edges of the actor network's edges: each actor's strongest (so that no
    // drawn actor loses every link), then the strongest others; by facts, then evidence.
    function strongest(among) {
      var cap = D.caps.edges, total = among.length;
      if (total <= cap) return among;
      function weight(k) { return factCount(k) || 1; }
      var order = among.slice().sort(function (a, b) { return weight(b) - weight(a) || E.n[b] - E.n[a] || a - b; });
      var kept = {}, has = {}, out = [];
      order.forEach(function (k) {
        if (has[E.u[k]] && has[E.v[k]]) return;
        has[E.u[k]] = has[E.v[k]] = true;
        kept[k] = true;
        out.push(k);
      });
      for (var i = 0; i < order.length && out.length < cap; i++) {
        if (!kept[order[i]]) { kept[order[i]] = true; out.push(order[i]); }
      }
      note = (note ? note + "; " : "") + "the " + count(out.length) + " strongest of " + count(total) + " links";
      return out.sort(function (a, b) { return a - b; });
    }

    // Parallel edges between two nodes bow out on alternate sides (unless crowded: their
    // bows across a large drawing would cover it).
    function fanOut(links) {
      if (crowded) return;
      var pairs = {};
      links.forEach(function (e) {
        var key = e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from;
        var at = pairs[key] = (pairs[key] || 0) + 1;
        if (at === 1) return;
        var clockwise = (at % 2 === 0) !== (e.from > e.to);
        e.smooth = { enabled: true, type: clockwise ? "curvedCW" : "curvedCCW", roundness: 0.25 * Math.floor(at / 2) };
      });
    }

    // How many facts an actor edge stands for (some may not be on the page: D.omitted).
    function factCount(k) { return sparse(E.m, k, E.f[k].length); }
    // Weight of an actor edge within the date range (affiliations have no date: -1).
    function edgeWeight(k) {
      var facts = E.f[k], all = factCount(k);
      if (!all) return -1;
      if (fullRange()) return all;
      var w = 0;
      for (var i = 0; i < facts.length; i++) if (factInRange(facts[i])) w++;
      return w;
    }

    // -- the facts, for a focus -----------------------------------------------------------------

    function focusFacts(focus) {
      var picked = [], j, k;
      if (focus.kind === "node") {
        focus.nodes.forEach(function (a) { factsOf(a).forEach(function (x) { picked.push(x); }); });
        if (focus.nodes.some(isFact)) focus.nodes.forEach(function (a) { if (isFact(a)) picked.push(a - N); });
      } else if (focus.kind === "doc") {
        for (j = 0; j < F; j++) if (docsOf(j).indexOf(focus.doc) >= 0) picked.push(j);
      } else if (focus.kind === "community") {
        for (k = 0; k < NA; k++) {
          if (sparse(n.co, k, -1) === focus.community) factsOf(k).forEach(function (x) { picked.push(x); });
        }
      } else {
        for (j = 0; j < F; j++) picked.push(j);
      }
      var seen = {}, out = [];
      picked.sort(function (a, b) { return a - b; }).forEach(function (x) {
        if (!seen[x] && factInRange(x)) { seen[x] = true; out.push(x); }
      });
      return out;
    }

    function buildFacts() {
      var chosen = focusFacts(state.focus), total = chosen.length;
      chosen = chosen.slice(0, FACT_CAP);
      note = total > chosen.length ? "the first " + chosen.length + " of " + total + " facts: narrow the dates" : "";
      if (D.omitted) note = (note ? note + "; " : "") + "of the " + count(F) + " facts on this page";
      var on = {}, order = [], links = [];
      function add(k) { if (!on[k]) { on[k] = true; order.push(k); } }
      chosen.forEach(function (j) {
        if (isStance(j)) {
          add(sparse(f.h, j, -1));
          add(sparse(f.g, j, -1));
        } else {
          add(N + j);
        }
      });
      chosen.forEach(function (j) {
        if (isStance(j)) return;
        Array.prototype.forEach.call(linksOf(N + j), function (l) {
          var other = L.a[l] === N + j ? L.b[l] : L.a[l];
          if (!isFact(other)) add(other);
        });
      });
      var seenLink = {};
      order.forEach(function (k) {
        Array.prototype.forEach.call(linksOf(k), function (l) {
          if (seenLink[l] || !on[L.a[l]] || !on[L.b[l]]) return;
          if (!isFact(L.a[l]) && !isFact(L.b[l]) && !state.focus.nodes) return;
          seenLink[l] = true;
          links.push(edgeStyle({ id: "l" + l, l: l, from: idOf(L.a[l]), to: idOf(L.b[l]), relation: L.rs[L.r[l]] }, L.rs[L.r[l]], 1));
        });
      });
      chosen.forEach(function (j) {
        if (!isStance(j)) return;
        var h = sparse(f.h, j, -1), g = sparse(f.g, j, -1);
        if (h >= 0 && g >= 0) links.push(edgeStyle({ id: "s" + j, j: j, from: idOf(h), to: idOf(g), relation: factCls(j) }, factCls(j), 1));
      });
      crowded = links.length > MANY_EDGES;
      if (crowded) links.forEach(function (e) { e.color.opacity = 0.35; });
      fanOut(links);
      var items = order.map(visNode);
      placeFacts(items, links);
      drawn = { nodes: order, edges: links };
      return { nodes: items, edges: links };
    }

    // Nodes on a sunflower by importance, facts between the nodes they link.
    function placeFacts(items, links) {
      var golden = Math.PI * (3 - Math.sqrt(5)), at = {}, i = 0, spacing = 90;
      var ends = items.filter(function (it) { return !isFact(it.k); });
      ends.sort(function (a, b) { return a.k - b.k; }).forEach(function (it) {
        var r = spacing * Math.sqrt(i + 0.5);
        it.x = r * Math.cos(i * golden); it.y = r * Math.sin(i * golden);
        at[it.id] = it; i++;
      });
      var near = {};
      links.forEach(function (e) {
        (near[e.from] = near[e.from] || []).push(e.to);
        (near[e.to] = near[e.to] || []).push(e.from);
      });
      items.forEach(function (it, index) {
        if (!isFact(it.k)) return;
        var xs = 0, ys = 0, count = 0;
        (near[it.id] || []).forEach(function (o) { if (at[o]) { xs += at[o].x; ys += at[o].y; count++; } });
        var angle = index * golden, r = 30 + (index % 7) * 8;
        it.x = (count ? xs / count : 0) + r * Math.cos(angle);
        it.y = (count ? ys / count : 0) + r * Math.sin(angle);
      });
    }

    // -- drawing ----------------------------------------------------------------------------------

    var container = document.getElementById("mynetwork");
    window.nodes = new vis.DataSet([]);
    window.edges = new vis.DataSet([]);
    var nodes = window.nodes, edges = window.edges;
    var network = window.network = new vis.Network(container, { nodes: nodes, edges: edges }, D.options);

    var physicsOn = false;
    function setPhysics(on) {
      if (on !== physicsOn) network.setOptions({ physics: { enabled: on } });
      physicsOn = on;
    }

    // Build the view's items, filter and label them, then hand them to vis in one go:
    // every change to vis's data redraws everything, so they are made before, not after.
    function draw() {
      hideTip();
      var built = state.view === "actors" ? buildActors() : buildFacts();
      // Physics places small drawings; large ones come with positions (see placeFacts, pagedata).
      var physics = state.view === "facts"
        ? built.nodes.length <= 600
        : built.nodes.some(function (it) { return it.x === undefined && sparse(n.dg, it.k, 0) > 0; });
      setPhysics(false);
      var seen = visibility(built.nodes, built.edges);
      built.nodes.forEach(function (it) { it.hidden = seen.nodes[it.id]; });
      built.edges.forEach(function (e) { Object.assign(e, seen.edges[e.id]); });
      if (!physics) {
        var view = fitView(built.nodes);
        network.moveTo({ position: view.position, scale: view.scale, animation: false });
        centralFonts(built.nodes, view.scale, function (it) { return it; })
          .forEach(function (u) { built.nodes[u.at].font = u.font; });
        edgeFont(seen.eShown, view.scale);
      }
      edges.clear();
      nodes.clear();
      nodes.add(built.nodes);
      // The first drawing with both nodes and edges in it.
      if (!timings.firstDraw) network.once("afterDrawing", function () { timings.firstDraw = performance.now(); });
      edges.add(built.edges);
      timings.added = performance.now();
      if (state.isolated) placeIsolated();
      showCounts(seen);
      if (physics) {
        setPhysics(true);
        network.stabilize(state.view === "facts" ? 200 : 300);
      } else {
        timings.settled = performance.now();
      }
      buildSwitch();
      buildFilters();
      buildMore();
    }

    network.on("stabilizationIterationsDone", function () {
      setPhysics(false);
      settle();
    });

    // Fit, then label the most central nodes so they read at this zoom.
    function settle() {
      timings.stabilized = performance.now();
      network.fit({ animation: false });
      var scale = network.getScale();
      if (scale > 0) network.moveTo({ scale: scale * 0.92, animation: false });
      labelCentral();
      timings.settled = performance.now();
    }

    // Where vis's fit would put the view, a little further out, from the items' own positions.
    function fitView(items) {
      var x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      items.forEach(function (it) {
        if (it.hidden || it.x === undefined) return;
        x0 = Math.min(x0, it.x - it.size); x1 = Math.max(x1, it.x + it.size);
        y0 = Math.min(y0, it.y - it.size); y1 = Math.max(y1, it.y + it.size);
      });
      if (x0 > x1) return { position: { x: 0, y: 0 }, scale: 1 };
      var width = container.clientWidth || 800, height = container.clientHeight || 600;
      var scale = Math.min(width / ((x1 - x0) * 1.1 || 1), height / ((y1 - y0) * 1.1 || 1));
      return { position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.min(1, scale) * 0.92 };
    }

    // Font sizes that make the most central shown nodes' labels read at ``scale`` (updates by
    // index in items). Most central first, a label is enlarged unless its box (with its
    // node's) would cover one enlarged before: CENTRAL at most, from the first 3 × CENTRAL.
    // ``where`` gives an item's position.
    function centralFonts(items, scale, where) {
      var shown = [], updates = [], boxes = [], big = Math.max(14, Math.ceil(LABEL_PX / scale));
      items.forEach(function (it, at) { if (!it.hidden && !isFact(it.k)) shown.push(at); });
      shown.sort(function (a, b) { return items[a].k - items[b].k; });
      shown.forEach(function (at, rank) {
        var it = items[at], size = 14;
        if (boxes.length < CENTRAL && rank < 3 * CENTRAL) {
          var box = labelBox(it, where(it), big);
          if (!boxes.some(function (b) { return overlap(b, box); })) { boxes.push(box); size = big; }
        }
        if (!it.font || it.font.size !== size) updates.push({ at: at, id: it.id, font: { size: size } });
      });
      return updates;
    }
    // The box of a node's shape and its label under it (vis draws the text from 4 units
    // below the shape, with a white outline), in ``size`` units of text.
    var measure = document.createElement("canvas").getContext("2d");
    function labelBox(it, p, size) {
      measure.font = size + "px " + D.options.nodes.font.face;
      var half = measure.measureText(String(it.label)).width / 2 + D.options.nodes.font.strokeWidth;
      half = Math.max(half, it.size);
      return { x0: p.x - half, x1: p.x + half, y0: p.y - it.size, y1: p.y + it.size + 4 + 1.2 * size };
    }
    function overlap(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

    // Edge labels read at this zoom when there are few edges; otherwise on zoom. Arrow heads
    // of many edges wait until they are a few pixels long (below ARROW_SCALE they are not).
    function edgeFont(shown, scale) {
      var size = shown <= 60 ? Math.max(13, Math.ceil(13.5 / scale)) : 13;
      var arrows = shown <= MANY_EDGES || scale >= ARROW_SCALE;
      if (size === edgeFont.size && arrows === edgeFont.arrows) return;
      network.setOptions({ edges: { font: { size: size }, arrows: { to: { enabled: arrows } } } });
      edgeFont.size = size;
      edgeFont.arrows = arrows;
    }

    function labelCentral() {
      var scale = network.getScale() || 1;
      var at = network.getPositions();
      var updates = centralFonts(nodes.get(), scale, function (it) { return at[it.id] || { x: 0, y: 0 }; })
        .map(function (u) { return { id: u.id, font: u.font }; });
      if (updates.length) nodes.update(updates);
      edgeFont(edges.get({ filter: function (e) { return !e.hidden; } }).length, scale);
    }

    // After a zoom, the central labels are sized again for the new scale.
    var relabel = null;
    network.on("zoom", function () {
      window.clearTimeout(relabel);
      relabel = window.setTimeout(labelCentral, 200);
    });

    // -- filters: classes, relations, dates, isolated nodes ------------------------------------------

    // What the filters show of these items: per node, hidden or not; per edge, an update
    // ({hidden}, and its label and width for the date range); and the counts.
    function visibility(nodeList, edgeList) {
      var nodeOn = {}, kOf = {}, linked = {}, out = { nodes: {}, edges: {}, isolated: 0, nShown: 0, eShown: 0 };
      nodeList.forEach(function (it) {
        var ok = state.classes[cls(it.k)] !== false;
        if (ok && isFact(it.k)) ok = factInRange(it.k - N);
        nodeOn[it.id] = ok;
        kOf[it.id] = it.k;
      });
      var timeless = [];
      edgeList.forEach(function (e) {
        var show = state.relations[e.relation] !== false && nodeOn[e.from] && nodeOn[e.to];
        var update = {};
        if (e.k !== undefined) {
          var w = edgeWeight(e.k);
          if (w === -1 && !fullRange()) { timeless.push(e); return; }
          if (w === -1) w = 1;
          show = show && w > 0;
          if (show) edgeStyle(update, e.relation, w);
        } else if (e.j !== undefined) {
          show = show && factInRange(e.j);
        } else if (!fullRange() && !isFact(kOf[e.from]) && !isFact(kOf[e.to])) {
          timeless.push(e); return;
        }
        update.hidden = !show;
        if (show) { linked[e.from] = true; linked[e.to] = true; out.eShown++; }
        out.edges[e.id] = update;
      });
      timeless.forEach(function (e) {
        var show = state.relations[e.relation] !== false && (linked[e.from] || state.isolated) &&
          (linked[e.to] || state.isolated) && nodeOn[e.from] && nodeOn[e.to];
        if (show && fullRange()) { linked[e.from] = true; linked[e.to] = true; }
        if (show) out.eShown++;
        out.edges[e.id] = { hidden: !show };
      });
      nodeList.forEach(function (it) {
        var show = nodeOn[it.id] && (linked[it.id] || state.isolated);
        if (show && !linked[it.id] && !isFact(it.k) && state.view === "actors") {
          var t0 = sparse(n.t0, it.k, -1), t1 = sparse(n.t1, it.k, -1);
          show = fullRange() || (t1 >= state.lo && t0 <= state.hi);
        }
        if (!linked[it.id] && nodeOn[it.id]) out.isolated++;
        if (show) out.nShown++;
        out.nodes[it.id] = !show;
      });
      return out;
    }

    // The filters applied to what is drawn: only the items that change are updated.
    function applyFilters() {
      var nodeList = nodes.get(), edgeList = edges.get(), seen = visibility(nodeList, edgeList);
      var nodeUpdates = [], edgeUpdates = [];
      edgeList.forEach(function (e) {
        var u = seen.edges[e.id];
        if (!!e.hidden !== u.hidden || (u.label !== undefined && u.label !== e.label)) {
          u.id = e.id;
          edgeUpdates.push(u);
        }
      });
      nodeList.forEach(function (it) {
        if (!!it.hidden !== seen.nodes[it.id]) nodeUpdates.push({ id: it.id, hidden: seen.nodes[it.id] });
      });
      if (edgeUpdates.length) edges.update(edgeUpdates);
      if (nodeUpdates.length) nodes.update(nodeUpdates);
      if (state.isolated) placeIsolated();
      showCounts(seen);
    }

    function showCounts(seen) {
      document.getElementById("dg-isolated-count").textContent = String(seen.isolated);
      updateCounts(seen.nShown, seen.eShown);
    }

    // Nodes without links, when shown, wait in rows below the drawing.
    function placeIsolated() {
      var positioned = network.getPositions(), box = null, alone = [];
      nodes.forEach(function (it) {
        var p = positioned[it.id];
        if (!p) return;
        var isAlone = network.getConnectedEdges(it.id).every(function (id) { return edges.get(id).hidden; });
        if (isAlone && !it.hidden) { if (!it.parked) alone.push(it); return; }
        if (it.hidden) return;
        box = box || { x0: p.x, x1: p.x, y1: p.y };
        box.x0 = Math.min(box.x0, p.x); box.x1 = Math.max(box.x1, p.x); box.y1 = Math.max(box.y1, p.y);
      });
      box = box || { x0: 0, x1: 800, y1: 0 };
      var perRow = Math.max(8, Math.floor((box.x1 - box.x0) / 90));
      nodes.update(alone.map(function (it, i) {
        return { id: it.id, parked: true, x: box.x0 + (i % perRow) * 90, y: box.y1 + 120 + Math.floor(i / perRow) * 70 };
      }));
    }

    function updateCounts(nShown, eShown) {
      var text = state.view === "actors"
        ? plural(NA, "actor") + ", " + plural(E.u.length, "link")
        : focusText();
      text += ", " + plural(F + (D.omitted || 0), "fact") + (D.omitted ? " (" + count(F) + " on this page, those of the most central actors)" : "")
        + ", " + plural(D.docs.t.length, "document");
      text += " · showing " + plural(nShown, "node") + ", " + plural(eShown, "edge");
      if (note) text += " (" + note + ")";
      if (!fullRange()) text += " · " + rangeText();
      if (state.focus && state.focus.kind === "actors") {
        text += " · around “" + D.initial.text + "”, depth " + state.focus.depth;
      }
      document.getElementById("dg-counts").textContent = text;
    }

    function focusText() {
      var fo = state.focus;
      if (!fo) return "facts";
      if (fo.kind === "node") return "facts of " + fo.nodes.map(fullLabel).join(", ");
      if (fo.kind === "doc") return "facts of " + docLabel(fo.doc);
      if (fo.kind === "community") return "facts of community " + fo.community;
      return "facts of the chosen dates";
    }

    function checkbox(list, kind, item, count) {
      var li = el("li");
      var box = el("input");
      box.type = "checkbox";
      box.checked = state[kind][item.name] !== false;
      box.id = "dg-" + kind + "-" + item.name.replace(/[^A-Za-z0-9]/g, "-");
      box.addEventListener("change", function () { state[kind][item.name] = box.checked; applyFilters(); });
      var lab = el("label");
      lab.htmlFor = box.id;
      if (kind === "classes") {
        var glyph = el("span", "dg-glyph", item.glyph);
        glyph.style.color = item.color;
        lab.appendChild(glyph);
      } else {
        var line = el("span", "dg-line" + (item.dashes ? " dashed" : ""));
        line.style.borderTopColor = item.color;
        lab.appendChild(line);
        lab.title = item.about;
      }
      lab.appendChild(document.createTextNode(" " + item.name));
      li.appendChild(box);
      li.appendChild(lab);
      li.appendChild(el("span", "dg-count", count));
      list.appendChild(li);
    }

    function buildFilters() {
      var classCount = {}, relationCount = {};
      nodes.forEach(function (it) { var c = cls(it.k); classCount[c] = (classCount[c] || 0) + 1; });
      edges.forEach(function (e) { relationCount[e.relation] = (relationCount[e.relation] || 0) + 1; });
      var classes = document.getElementById("dg-classes"), relations = document.getElementById("dg-relations");
      clear(classes);
      clear(relations);
      D.legend.classes.forEach(function (c) { if (classCount[c.name]) checkbox(classes, "classes", c, classCount[c.name]); });
      D.legend.relations.forEach(function (r) { if (relationCount[r.name]) checkbox(relations, "relations", r, relationCount[r.name]); });
    }

    // -- time ----------------------------------------------------------------------------------------

    var from = document.getElementById("dg-from"), to = document.getElementById("dg-to");
    function rangeText() {
      if (!D.dates.length) return "no dated documents";
      return "from " + D.dates[state.lo] + " to " + D.dates[state.hi] + (fullRange() ? "" : " (undated facts hidden)");
    }
    function setRange(lo, hi) {
      if (!factsReady) { whenFacts(function () { setRange(lo, hi); }); return; }
      state.lo = Math.max(0, Math.min(lo, hi));
      state.hi = Math.min(lastDate, Math.max(lo, hi));
      from.value = String(state.lo);
      to.value = String(state.hi);
      document.getElementById("dg-range-text").textContent = rangeText();
      if (state.view === "facts") draw(); else applyFilters();
    }
    from.max = to.max = String(Math.max(0, lastDate));
    from.value = "0";
    to.value = String(Math.max(0, lastDate));
    from.addEventListener("change", function () { setRange(parseInt(from.value, 10), state.hi); });
    to.addEventListener("change", function () { setRange(state.lo, parseInt(to.value, 10)); });
    from.addEventListener("input", function () { document.getElementById("dg-range-text").textContent = "from " + D.dates[from.value]; });
    to.addEventListener("input", function () { document.getElementById("dg-range-text").textContent = "to " + D.dates[to.value]; });
    if (!D.dates.length) { from.disabled = to.disabled = true; }
    document.getElementById("dg-range-text").textContent = rangeText();
    document.getElementById("dg-range-facts").addEventListener("click", function () { showFacts({ kind: "range" }); });
    document.getElementById("dg-isolated").addEventListener("change", function (ev) {
      state.isolated = ev.target.checked;
      applyFilters();
    });

    // -- hover box (ours, text only) -----------------------------------------------------------------

    var tip = document.getElementById("dg-tip");
    function hideTip() { tip.hidden = true; clear(tip); hovered = null; }
    function showTip(content, pointer) {
      clear(tip);
      tip.appendChild(content);
      var r = container.getBoundingClientRect();
      tip.style.left = Math.min(window.innerWidth - 390, r.left + pointer.x + 14) + "px";
      tip.style.top = (r.top + pointer.y + 14) + "px";
      tip.hidden = false;
    }
    function tipEvidence(box, sentences) {
      sentences.slice(0, TIP_EVIDENCE).forEach(function (e) {
        var line = el("div", "dg-tip-ev");
        line.appendChild(el("q", null, D.ev.t[e]));
        line.appendChild(el("cite", null, " — " + docLabel(D.ev.d[e])));
        box.appendChild(line);
      });
    }
    // The evidence kept of these facts (indices into D.ev), in their order.
    function sentencesOf(facts) {
      var out = [];
      facts.forEach(function (j) { if (f.e[j] >= 0) out.push(f.e[j]); });
      return out;
    }
    // The evidence kept of an edge: its facts', or its own when it is not a fact (affiliations).
    function edgeSentences(e, facts) {
      var own = e.k !== undefined ? sparse(E.x, e.k, -1) : -1;
      return own >= 0 ? [own] : sentencesOf(facts);
    }
    function nodeTip(it) {
      var box = el("div");
      box.appendChild(el("b", null, fullLabel(it.k)));
      box.appendChild(el("span", "dg-muted", cls(it.k) + (isFact(it.k) && dateOf(it.k - N) ? " · " + dateOf(it.k - N) : "")));
      tipEvidence(box, sentencesOf(isFact(it.k) ? [it.k - N] : factsOf(it.k).filter(factInRange)));
      return box;
    }
    function edgeTip(e) {
      var box = el("div");
      box.appendChild(el("b", null, fullLabel(nodes.get(e.from).k) + " — " + e.relation + " → " + fullLabel(nodes.get(e.to).k)));
      var facts = edgeFacts(e);
      box.appendChild(el("span", "dg-muted", plural(e.k !== undefined && fullRange() ? factCount(e.k) : facts.length, "fact")));
      tipEvidence(box, edgeSentences(e, facts));
      return box;
    }
    // The hover box follows the pointer: whatever is under it, else nothing.
    var hovered = null, pending = null;
    container.addEventListener("mousemove", function (event) {
      var r = container.getBoundingClientRect();
      pending = { x: event.clientX - r.left, y: event.clientY - r.top };
      window.requestAnimationFrame(function () {
        if (!pending || !factsReady) return;
        var at = pending, id = network.getNodeAt(at), key = null, content = null;
        pending = null;
        if (id !== undefined && nodes.get(id)) {
          key = "n" + id;
          if (key !== hovered) content = nodeTip(nodes.get(id));
        } else {
          var eid = network.getEdgeAt(at);
          if (eid !== undefined && edges.get(eid)) {
            key = "e" + eid;
            if (key !== hovered) content = edgeTip(edges.get(eid));
          }
        }
        if (key === null) { hideTip(); return; }
        if (content) { showTip(content, at); hovered = key; }
      });
    });
    container.addEventListener("mouseleave", function () { pending = null; hideTip(); });
    ["dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

    function edgeFacts(e) {
      if (e.k !== undefined) return E.f[e.k].filter(factInRange);
      if (e.j !== undefined) return [e.j];
      if (e.l !== undefined) {
        var a = L.a[e.l], b = L.b[e.l];
        return isFact(b) ? [b - N] : (isFact(a) ? [a - N] : []);
      }
      return [];
    }

    // -- side panel ----------------------------------------------------------------------------------

    var panel = document.getElementById("dg-panel");

    // The evidence sentence D.ev[e], with where it was read.
    function evidenceBox(e) {
      var box = el("div", "dg-ev");
      box.appendChild(el("q", null, D.ev.t[e]));
      var where = docLabel(D.ev.d[e]);
      if (D.ev.s[e] >= 0) where += " · characters " + D.ev.s[e] + "–" + D.ev.e[e];
      if (D.ev.r && D.ev.r[e]) where += " · read by " + D.ev.r[e];
      box.appendChild(el("cite", null, where));
      return box;
    }

    function queryBox(text) {
      panel.appendChild(el("code", "dg-query", text));
    }

    function datedFacts(facts, limit) {
      var list = el("ol", "dg-facts");
      facts.slice(0, limit).forEach(function (j) {
        var li = el("li");
        li.appendChild(el("time", null, dateOf(j) || "undated"));
        li.appendChild(document.createTextNode(factCls(j) + " · " + label(N + j)));
        list.appendChild(li);
      });
      panel.appendChild(list);
      if (facts.length > limit) panel.appendChild(el("p", "dg-muted", "… and " + (facts.length - limit) + " more"));
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
      if (!factsReady) { whenFacts(function () { showNode(id); }); return; }
      var it = nodes.get(id);
      var k = it ? it.k : byId[id];
      if (k === undefined) return;
      clear(panel);
      panel.appendChild(el("h2", null, fullLabel(k)));
      panel.appendChild(el("div", "dg-muted", cls(k) + (!isFact(k) && sparse(n.fine, k, "") ? " · " + n.fine[k] : "")));
      panel.appendChild(el("div", "dg-iri", idOf(k)));
      var dl = el("dl");
      if (!isFact(k)) {
        var wd = sparse(n.wd, k, ""), link = null;
        if (wikidataUrl(wd)) {
          link = el("a", null, wd);
          link.href = wikidataUrl(wd);
          link.target = "_blank";
          link.rel = "noopener noreferrer";
        }
        addFacts(dl, [["Wikidata", link], ["Also called", sparse(n.alt, k, []).join("; ")], ["Role", sparse(n.role, k, "")]]);
        if (k < NA) {
          addFacts(dl, [["Degree", sparse(n.dg, k, 0)], ["Facts", sparse(n.st, k, 0)],
            ["Centrality", (sparse(n.ce, k, 0) / 1e6).toFixed(4)],
            ["PageRank", (sparse(n.pr, k, 0) / 1e6).toFixed(4)], ["Community", sparse(n.co, k, "")]]);
        }
      } else {
        var j = k - N;
        addFacts(dl, [["Date", dateOf(j) || "undated"], ["Documents", docsOf(j).map(docLabel).join("; ")]]);
      }
      panel.appendChild(dl);
      if (!isFact(k)) {
        panel.appendChild(button("Draw its facts", function () { showFacts({ kind: "node", nodes: [k] }); }));
        if (k < NA && sparse(n.co, k, -1) >= 0) {
          panel.appendChild(button("Draw the facts of its community", function () {
            showFacts({ kind: "community", community: n.co[k] });
          }));
        }
        var mine = factsOf(k).filter(factInRange);
        panel.appendChild(el("h3", null, "Facts, by date (" + mine.length + ")"));
        var all = sparse(n.fa, k, 0);
        if (all) {
          panel.appendChild(el("p", "dg-muted", "This page holds " + count(factsOf(k).length) + " of the " + count(all)
            + " facts it takes part in (those of the most central actors first). All of them, by date:"));
          queryBox("diplograph query --param u=" + curie(idOf(k)) + " " + shellQuote(D.q.node));
        }
        datedFacts(mine, 200);
      } else {
        var jj = k - N;
        panel.appendChild(el("h3", null, "Evidence (" + f.n[jj] + ")"));
        if (f.e[jj] >= 0) panel.appendChild(evidenceBox(f.e[jj]));
        if (f.n[jj] > (f.e[jj] >= 0 ? 1 : 0)) {
          panel.appendChild(el("p", "dg-muted", "All " + f.n[jj] + " places it was read:"));
          queryBox("diplograph query --preset evidence --param fact=" + curie(idOf(k)));
        }
      }
    }

    function showEdge(id) {
      if (!factsReady) { whenFacts(function () { showEdge(id); }); return; }
      var e = edges.get(id);
      if (!e) return;
      var a = nodes.get(e.from), b = nodes.get(e.to);
      clear(panel);
      panel.appendChild(el("h2", null, e.relation));
      panel.appendChild(el("div", null, fullLabel(a.k) + " → " + fullLabel(b.k)));
      var facts = edgeFacts(e);
      var whole = e.k !== undefined && (fullRange() || !factCount(e.k));   // affiliations: timeless
      var total = whole ? E.n[e.k] : facts.reduce(function (s, j) { return s + f.n[j]; }, 0);
      var many = whole ? factCount(e.k) : facts.length;
      panel.appendChild(el("div", "dg-muted", plural(many, "fact") + (fullRange() ? "" : " in these dates") + ", " + plural(total, "evidence sentence")
        + (many > facts.length ? " (" + count(facts.length) + " of the facts on this page)" : "")));
      var withText = edgeSentences(e, facts).slice(0, D.caps.edgeEvidence);
      if (withText.length) {
        panel.appendChild(el("h3", null, "Evidence (showing " + withText.length + " of " + total + ")"));
        withText.forEach(function (x) { panel.appendChild(evidenceBox(x)); });
      } else {
        panel.appendChild(el("p", "dg-muted", "No evidence sentence recorded for this link."));
      }
      if (e.k !== undefined && D.q[e.relation] && total > withText.length) {
        panel.appendChild(el("p", "dg-muted", "List all " + total + " with:"));
        queryBox("diplograph query --param u=" + curie(e.from) + " --param v=" + curie(e.to) + " " + shellQuote(D.q[e.relation]));
      }
      if (facts.length) {
        panel.appendChild(el("h3", null, "Facts, by date"));
        datedFacts(facts, 200);
      }
    }

    network.on("click", function (p) {
      if (p.nodes.length) showNode(p.nodes[0]);
      else if (p.edges.length) showEdge(p.edges[0]);
    });

    // -- documents -------------------------------------------------------------------------------------

    function buildDocuments() {
      var select = document.getElementById("dg-doc"), list = document.getElementById("dg-docs");
      var all = el("option", null, "All documents (actor network)");
      all.value = "-1";
      select.appendChild(all);
      var limit = Math.min(D.docs.t.length, 500);
      for (var d = 0; d < D.docs.t.length; d++) {
        var option = el("option", null, docLabel(d));
        option.value = String(d);
        select.appendChild(option);
        if (d >= limit) continue;
        var li = el("li");
        li.appendChild(el("span", "dg-doc-title", D.docs.t[d]));
        var meta = [D.docs.d[d], D.docs.p[d]].filter(function (s) { return s; }).join(" · ");
        if (meta) li.appendChild(el("span", "dg-doc-meta", meta));
        li.title = "Draw what this document says";
        li.addEventListener("click", (function (doc) { return function () { setDoc(doc); }; })(d));
        list.appendChild(li);
      }
      if (D.docs.t.length > limit) list.appendChild(el("li", "dg-muted", "… " + (D.docs.t.length - limit) + " more in the list above"));
      select.addEventListener("change", function () { setDoc(parseInt(select.value, 10)); });
    }

    function setDoc(d) {
      document.getElementById("dg-doc").value = String(d);
      Array.prototype.forEach.call(document.querySelectorAll("#dg-docs li"), function (li, i) {
        li.classList.toggle("active", i === d);
      });
      if (d < 0) showActors(); else showFacts({ kind: "doc", doc: d });
    }

    // -- views and focus ----------------------------------------------------------------------------------

    function showFacts(focus) {
      if (!factsReady) { whenFacts(function () { showFacts(focus); }); return; }
      state.view = "facts";
      state.focus = focus;
      draw();
      resetPanel();
    }
    function showActors() {
      state.view = "actors";
      state.focus = null;
      draw();
      resetPanel();
    }
    function resetPanel() {
      clear(panel);
      panel.appendChild(el("p", "dg-muted", "Click a node or an edge to see where it was read."));
    }

    function buildSwitch() {
      var box = document.getElementById("dg-switch");
      clear(box);
      [["actors", "Actor network"], ["facts", state.view === "facts" ? "Facts: " + focusText().replace(/^facts of /, "") : "Facts"]]
        .forEach(function (pair) {
          var b = button(pair[1], function () {
            if (pair[0] === "actors") showActors(); else if (state.view !== "facts") showFacts({ kind: "range" });
          });
          b.setAttribute("role", "tab");
          b.setAttribute("aria-selected", String(pair[0] === state.view));
          b.dataset.view = pair[0];
          box.appendChild(b);
        });
    }

    // -- search, with close names for a typo ------------------------------------------------------------------

    var searchBox = document.getElementById("dg-search"), searchMsg = document.getElementById("dg-search-msg");
    var suggest = document.getElementById("dg-suggest");
    var names = [];
    (function () {
      for (var k = 0; k < N; k++) {
        names.push([fullLabel(k), k]);
        sparse(n.alt, k, []).forEach(function (a) { names.push([a, k]); });
      }
      names.forEach(function (p) { p.push(p[0].toLowerCase()); });
    })();

    function buildNames() {
      var list = document.getElementById("dg-names"), seen = {};
      clear(list);
      names.slice(0, 3000).forEach(function (p) {
        if (seen[p[0]]) return;
        seen[p[0]] = true;
        var option = el("option");
        option.value = p[0];
        list.appendChild(option);
      });
    }

    // Edits (insert, delete, substitute) from a to b.
    function distance(a, b) {
      if (Math.abs(a.length - b.length) > 3 + a.length / 2) return Math.max(a.length, b.length);
      var prev = [], cur, i, j;
      for (j = 0; j <= b.length; j++) prev[j] = j;
      for (i = 1; i <= a.length; i++) {
        cur = [i];
        for (j = 1; j <= b.length; j++) {
          var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
          cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
      }
      return prev[b.length];
    }

    // How close a name is to what was typed: 1 exact, then prefix, word, substring, edits.
    function closeness(q, name) {
      if (name === q) return 1;
      if (name.indexOf(q) === 0) return 0.95;
      if ((" " + name).indexOf(" " + q) >= 0) return 0.9;
      if (name.indexOf(q) >= 0) return 0.85;
      var best = 1 - distance(q, name) / Math.max(q.length, name.length);
      name.split(/\s+/).forEach(function (word) {
        if (word.length > 2) best = Math.max(best, 0.97 * (1 - distance(q, word) / Math.max(q.length, word.length)));
      });
      return best;
    }

    function candidates(query) {
      var q = query.trim().toLowerCase(), scored = {}, out = [];
      if (!q) return out;
      names.forEach(function (p) {
        var s = closeness(q, p[2]);
        if (iri(n.i[p[1]]).toLowerCase() === q) s = 1;
        if (s >= 0.5 && (!scored[p[1]] || scored[p[1]][0] < s)) scored[p[1]] = [s, p[0]];
      });
      Object.keys(scored).forEach(function (k) { out.push([scored[k][0], +k, scored[k][1]]); });
      out.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      return out;
    }

    function search(query) {
      if (!factsReady) { whenFacts(function () { search(query); }); return null; }
      var text = query === undefined ? searchBox.value : query;
      var found = candidates(text);
      clear(suggest);
      if (found.length && found[0][0] >= 0.85) {
        searchMsg.textContent = "";
        return go(found[0][1]);
      }
      if (!found.length) {
        searchMsg.textContent = "Nothing matches that name.";
        return null;
      }
      searchMsg.textContent = "Nothing matches exactly. Did you mean:";
      found.slice(0, 6).forEach(function (c) {
        var li = el("li");
        li.appendChild(button(c[2] === fullLabel(c[1]) ? c[2] : c[2] + " (" + fullLabel(c[1]) + ")", function () {
          searchBox.value = fullLabel(c[1]);
          clear(suggest);
          searchMsg.textContent = "";
          go(c[1]);
        }));
        suggest.appendChild(li);
      });
      return null;
    }

    // Select a node where it is drawn; otherwise draw its facts.
    function go(k) {
      var id = idOf(k), it = nodes.get(id);
      if (!it) {
        showFacts({ kind: "node", nodes: [k] });
        it = nodes.get(id);
      }
      if (it && it.hidden) {
        state.classes = {};
        state.relations = {};
        state.isolated = true;
        document.getElementById("dg-isolated").checked = true;
        buildFilters();
        applyFilters();
      }
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
      showNode(id);
      return id;
    }

    searchBox.addEventListener("keydown", function (event) { if (event.key === "Enter") search(); });
    document.getElementById("dg-search-go").addEventListener("click", function () { search(); });

    // -- start --------------------------------------------------------------------------------------------------

    document.getElementById("dg-title").textContent = D.title;
    document.getElementById("dg-more-go").addEventListener("click", function () {
      state.limit = Math.min(state.limit + D.caps.first, D.caps.actors);
      draw();
    });
    var initial = D.initial || {};
    if (initial.focus && initial.view === "actors") {
      state.focus = { kind: "actors", nodes: initial.focus, depth: initial.depth };
    } else if (initial.focus) {
      state.view = "facts";
      state.focus = { kind: "node", nodes: initial.focus };
    } else if (initial.view === "facts") {
      state.view = "facts";
      state.focus = { kind: "range" };
    }
    if (state.view === "facts") whenFacts(draw); else draw();
    // The facts, the documents and the names wait until the actor network is on screen.
    window.setTimeout(function () {
      buildDocuments();
      buildNames();
      load("dg-facts", function (more) {
        takeFacts(more);
        timings.ready = performance.now();
      });
    }, 0);

    window.dg = {
      search: search,
      candidates: function (q) { return candidates(q).map(function (c) { return c[2]; }); },
      showFacts: showFacts,
      showActors: showActors,
      showNode: showNode,
      showEdge: showEdge,
      setRange: setRange,
      view: function () { return state.view; },
      index: function (id) { return byId[id]; },
      data: D
    };
  }
})();
