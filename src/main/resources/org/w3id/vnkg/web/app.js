/*
 * vnkg graph page: officials, bodies, posts, meetings and provinces as a graph (Cytoscape.js), searched by
 * name without diacritics, filtered by province, body and a date range, with the timeline of a person's or a
 * body's posts.
 *
 * Text from the articles (names, labels, sentences) reaches the page only as text: Cytoscape draws labels on a
 * canvas, and the panels are built with createElement and textContent, never innerHTML. Links are built here
 * from fixed paths and encodeURIComponent, never taken from the data.
 */
(function () {
  'use strict';
  var S = window.VnkgSparql;

  var TYPE_LABELS = { person: 'Nhân vật', body: 'Cơ quan', post: 'Chức vụ', meeting: 'Hội nghị, buổi làm việc',
    province: 'Tỉnh, thành phố' };
  var EDGE_LABELS = { holds: 'giữ chức', 'post-in': 'thuộc', attended: 'dự', chaired: 'chủ trì',
    organized: 'tổ chức', 'part-of': 'trực thuộc', jurisdiction: 'địa bàn', 'merged-into': 'sáp nhập vào' };
  var KG = 'https://w3id.org/vnkg/ontology#';

  var state = { focus: [], province: '', body: '', months: [], selected: null };
  var $ = function (id) { return document.getElementById(id); };
  var pending = 0;

  var cy = cytoscape({
    container: $('cy'),
    minZoom: 0.2,
    maxZoom: 3,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': 140, 'color': '#222', 'text-outline-color': '#fbfbf9',
        'text-outline-width': 2, 'width': 26, 'height': 26, 'background-color': '#7f8c8d' } },
      { selector: 'node[type = "person"]', style: { 'shape': 'ellipse', 'background-color': '#e07b39',
        'width': 32, 'height': 32, 'font-weight': 'bold' } },
      { selector: 'node[type = "body"]', style: { 'shape': 'round-rectangle', 'width': 34, 'height': 22 } },
      { selector: 'node[kind = "party"]', style: { 'background-color': '#c0392b' } },
      { selector: 'node[kind = "state"]', style: { 'background-color': '#2e6da4' } },
      { selector: 'node[type = "post"]', style: { 'shape': 'diamond', 'background-color': '#27ae60',
        'width': 20, 'height': 20, 'font-size': 9, 'color': '#1e5a32' } },
      { selector: 'node[type = "meeting"]', style: { 'shape': 'hexagon', 'background-color': '#8e44ad' } },
      { selector: 'node[type = "province"]', style: { 'shape': 'round-triangle', 'background-color': '#16a085',
        'width': 30, 'height': 30 } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#222' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
      { selector: 'edge', style: {
        'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
        'line-color': '#9aa5a8', 'target-arrow-color': '#9aa5a8', 'label': 'data(label)', 'font-size': 8,
        'color': '#555', 'text-rotation': 'autorotate', 'text-background-color': '#fbfbf9',
        'text-background-opacity': 0.8 } },
      { selector: 'edge[kind = "holds"]', style: { 'line-color': '#e07b39', 'target-arrow-color': '#e07b39' } },
      { selector: 'edge[kind = "chaired"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad',
        'width': 2.5 } },
      { selector: 'edge[kind = "attended"]', style: { 'line-color': '#b99ac9', 'target-arrow-color': '#b99ac9' } },
      { selector: 'edge[kind = "part-of"], edge[kind = "jurisdiction"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[kind = "merged-into"]', style: { 'line-style': 'dotted', 'width': 3,
        'line-color': '#16a085', 'target-arrow-color': '#16a085' } }
    ]
  });

  /* ---------- small DOM helpers: text only ---------- */

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function busy(delta) {
    pending += delta;
    document.body.dataset.status = pending > 0 ? 'loading' : 'idle';
  }

  function track(promise) {
    busy(1);
    return promise.then(function (v) { busy(-1); return v; }, function (e) {
      busy(-1);
      $('status').textContent = 'Lỗi: ' + e.message;
      throw e;
    });
  }

  /* ---------- dates of the slider ---------- */

  function monthsBetween(first, last) {
    var months = [];
    var y = +first.slice(0, 4);
    var m = first.length >= 7 ? +first.slice(5, 7) : 1;
    var ly = +last.slice(0, 4);
    var lm = last.length >= 7 ? +last.slice(5, 7) : 12;
    while (y < ly || (y === ly && m <= lm)) {
      months.push({ y: y, m: m });
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return months;
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function monthLabel(i) {
    var mo = state.months[i];
    return mo ? pad(mo.m) + '/' + mo.y : '';
  }

  /** The date range of the slider as {from, to} ("YYYY-MM-DD"), or {} when it spans everything. */
  function range() {
    var from = +$('from').value;
    var to = +$('to').value;
    if (state.months.length === 0 || (from === 0 && to === state.months.length - 1)) {
      return {};
    }
    var a = state.months[from];
    var b = state.months[to];
    var lastDay = new Date(Date.UTC(b.y, b.m, 0)).getUTCDate();
    return { from: a.y + '-' + pad(a.m) + '-01', to: b.y + '-' + pad(b.m) + '-' + pad(lastDay) };
  }

  /** Whether a date (2024, 2024-05 or 2024-05-12) overlaps the slider's range, as the queries decide. */
  function inRange(date) {
    var r = range();
    if (!r.from) {
      return true;
    }
    if (!date) {
      return false;
    }
    return date >= r.from.slice(0, date.length) && date <= r.to.slice(0, date.length);
  }

  function formatDate(date) {
    if (!date) {
      return 'không rõ ngày';
    }
    var p = date.split('-');
    return p.reverse().join('/');
  }

  /* ---------- loading the graph ---------- */

  function dateParams() {
    var r = range();
    return { _from: r.from || null, _to: r.to || null };
  }

  function iris(list) {
    return list.map(function (i) { return { iri: i }; });
  }

  /**
   * The edges the page shows: the base view (the latest holdings, or those of the province or body filtered
   * on; queries/web/overview.rq) when nothing was clicked or a filter is set, plus the neighbourhood of every
   * node clicked (neighbours.rq), all within the date range.
   */
  function loadEdges() {
    var dates = dateParams();
    var filtered = state.province || state.body;
    var base = filtered || state.focus.length === 0
      ? S.select('overview', { _province: state.province ? { iri: state.province } : null,
        _body: state.body ? { iri: state.body } : null, _from: dates._from, _to: dates._to })
      : Promise.resolve([]);
    var around = state.focus.length === 0 ? Promise.resolve([])
      : S.select('neighbours', { _focus: iris(state.focus), _from: dates._from, _to: dates._to });
    return Promise.all([base, around]).then(function (parts) {
      var rows = parts[0].concat(parts[1]);
      // A post reached from a person is shown with the body it is in.
      var posts = {};
      rows.forEach(function (r) {
        if (r.kind === 'holds' && !rows.some(function (x) { return x.kind === 'post-in' && x.s === r.o; })) {
          posts[r.o] = true;
        }
      });
      var postList = Object.keys(posts);
      if (postList.length === 0) {
        return rows;
      }
      return S.select('neighbours', { _focus: iris(postList), _from: dates._from, _to: dates._to })
          .then(function (more) {
            return rows.concat(more.filter(function (r) { return r.kind === 'post-in' && posts[r.s]; }));
          });
    });
  }

  function refresh() {
    return track(loadEdges().then(function (rows) {
      var edges = {};
      var nodeIds = {};
      state.focus.forEach(function (f) { nodeIds[f] = true; });
      rows.forEach(function (r) {
        var id = r.s + ' ' + r.kind + ' ' + r.o;
        var e = edges[id] || (edges[id] = { id: id, source: r.s, target: r.o, kind: r.kind,
          label: EDGE_LABELS[r.kind] || r.kind, dates: [] });
        if (r.date && e.dates.indexOf(r.date) < 0) {
          e.dates.push(r.date);
        }
        nodeIds[r.s] = true;
        nodeIds[r.o] = true;
      });
      var ids = Object.keys(nodeIds);
      if (ids.length === 0) {
        return [[], edges];
      }
      return S.select('nodes', { _node: iris(ids) }).then(function (nodes) { return [nodes, edges]; });
    }).then(function (result) {
      draw(result[0], result[1]);
    }));
  }

  function bodyKind(kind) {
    if (kind === KG + 'PartyBody') {
      return 'party';
    }
    if (kind === KG + 'StateBody') {
      return 'state';
    }
    return 'other';
  }

  function draw(nodes, edges) {
    var known = {};
    nodes.forEach(function (n) { known[n.node] = n; });
    var keep = {};
    var added = cy.collection();
    var removed = 0;
    cy.batch(function () {
      nodes.forEach(function (n) {
        keep[n.node] = true;
        var data = { id: n.node, type: n.type, kind: n.type === 'body' ? bodyKind(n.kind) : n.type,
          label: n.label };
        var existing = cy.getElementById(n.node);
        if (existing.nonempty()) {
          existing.data(data);
        } else {
          added = added.union(cy.add({ group: 'nodes', data: data }));
        }
      });
      Object.keys(edges).forEach(function (id) {
        var e = edges[id];
        if (!known[e.source] || !known[e.target]) {
          return;
        }
        keep[id] = true;
        e.dates.sort();
        var existing = cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data('dates', e.dates);
        } else {
          added = added.union(cy.add({ group: 'edges', data: e }));
        }
      });
      cy.elements().forEach(function (ele) {
        if (!keep[ele.id()] && !ele.removed()) {
          ele.remove();
          removed += 1;
        }
      });
      cy.nodes().removeClass('focus');
      state.focus.forEach(function (f) { cy.getElementById(f).addClass('focus'); });
    });
    // New nodes start next to a neighbour already placed, so the layout moves the graph little.
    added.nodes().forEach(function (n) {
      var placed = n.neighborhood('node').filter(function (m) { return !added.contains(m); });
      var p = placed.nonempty() ? placed.first().position() : { x: 0, y: 0 };
      n.position({ x: p.x + Math.random() * 60 - 30, y: p.y + Math.random() * 60 - 30 });
    });
    if (added.nonempty() || removed > 0) {
      cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
        idealEdgeLength: function () { return 80; }, padding: 40, fit: true }).run();
      // A few nodes fitted to the whole canvas would be drawn huge: keep them at a readable size.
      if (cy.zoom() > 1.8) {
        cy.zoom(1.8);
        cy.center();
      }
    }
    $('status').textContent = cy.nodes().length + ' nút, ' + cy.edges().length + ' quan hệ'
        + (range().from ? ' (' + monthLabel(+$('from').value) + ' – ' + monthLabel(+$('to').value) + ')' : '');
  }

  /* ---------- selecting a node: neighbourhood and panel ---------- */

  function select(iri, label, type) {
    if (state.focus.indexOf(iri) < 0) {
      state.focus.push(iri);
    }
    state.selected = { iri: iri, label: label, type: type };
    return refresh().then(function () {
      var node = cy.getElementById(iri);
      cy.elements().unselect();
      if (node.nonempty()) {
        node.select();
        cy.animate({ center: { eles: node } }, { duration: 200 });
        state.selected.label = node.data('label');
        state.selected.type = node.data('type');
      }
      return showPanel();
    });
  }

  cy.on('tap', 'node', function (evt) {
    var n = evt.target;
    select(n.id(), n.data('label'), n.data('type'));
  });

  function showPanel() {
    var sel = state.selected;
    clear($('timeline'));
    if (!sel) {
      $('panel-title').textContent = 'Chọn một nút';
      $('panel-type').textContent = '';
      return Promise.resolve();
    }
    $('panel-title').textContent = sel.label || '';
    $('panel-type').textContent = TYPE_LABELS[sel.type] || '';
    if (sel.type === 'person' || sel.type === 'body') {
      return track(S.select('timeline', { _focus: { iri: sel.iri } })).then(function (rows) {
        renderTimeline(sel, rows);
      });
    }
    renderNeighbours(sel);
    return Promise.resolve();
  }

  function renderNeighbours(sel) {
    var node = cy.getElementById(sel.iri);
    var list = el('ul', 'neighbours');
    node.connectedEdges().forEach(function (e) {
      var other = e.source().id() === sel.iri ? e.target() : e.source();
      var li = el('li');
      li.appendChild(el('span', 'role', e.data('label') + ': '));
      li.appendChild(holderButton(other.id(), other.data('label'), other.data('type'), false));
      var dates = e.data('dates') || [];
      if (dates.length) {
        li.appendChild(el('span', 'date', ' ' + dates.map(formatDate).join(', ')));
      }
      list.appendChild(li);
    });
    $('timeline').appendChild(el('h3', null, 'Quan hệ'));
    $('timeline').appendChild(list);
  }

  function holderButton(iri, label, type, isFocus) {
    var b = el('button', 'holder' + (isFocus ? ' focus' : ''), label);
    b.type = 'button';
    if (!isFocus) {
      b.addEventListener('click', function () { select(iri, label, type); });
    }
    return b;
  }

  /** Groups holdings by post; each post lists its holders by date, with the sentences that attest them. */
  function renderTimeline(sel, rows) {
    var box = $('timeline');
    clear(box);
    box.appendChild(el('h3', null, 'Dòng thời gian chức vụ'));
    if (rows.length === 0) {
      box.appendChild(el('p', 'hint', 'Không có chức vụ nào được ghi nhận.'));
      return;
    }
    var posts = {};
    rows.forEach(function (r) {
      var p = posts[r.post] || (posts[r.post] = { label: r.postLabel || r.role + ' ' + (r.orgLabel || ''),
        holdings: {} });
      var key = r.person + ' ' + (r.date || '');
      var h = p.holdings[key] || (p.holdings[key] = { person: r.person, name: r.name, role: r.role,
        date: r.date || '', qualifier: r.qualifier, evidence: [] });
      if (r.sentence && !h.evidence.some(function (e) { return e.sentence === r.sentence && e.doc === r.doc; })) {
        h.evidence.push({ sentence: r.sentence, doc: r.doc, headline: r.headline, graph: r.graph });
      }
    });
    var byDate = function (a, b) {
      if (a.date === b.date) {
        return a.name < b.name ? -1 : 1;
      }
      if (!a.date) {
        return 1;
      }
      if (!b.date) {
        return -1;
      }
      return a.date < b.date ? -1 : 1;
    };
    var groups = Object.keys(posts).map(function (k) {
      var g = posts[k];
      g.list = Object.keys(g.holdings).map(function (h) { return g.holdings[h]; }).sort(byDate);
      var mine = g.list.filter(function (h) { return h.person === sel.iri; });
      g.first = (mine.length ? mine : g.list)[0].date || '9999';
      return g;
    }).sort(function (a, b) { return a.first < b.first ? -1 : a.first > b.first ? 1 : (a.label < b.label ? -1 : 1); });

    groups.forEach(function (g) {
      var section = el('section', 'post-group');
      section.appendChild(el('h3', null, g.label));
      if (sel.type === 'person') {
        var line = succession(g.list, sel.iri);
        if (line) {
          section.appendChild(el('p', 'succession', line));
        }
      }
      var ol = el('ol');
      g.list.forEach(function (h) {
        var li = el('li', inRange(h.date) ? 'in-range' : 'out-of-range');
        li.appendChild(el('span', 'date', formatDate(h.date)));
        li.appendChild(holderButton(h.person, h.name, 'person', h.person === sel.iri));
        li.appendChild(el('span', 'role', ' · ' + h.role + (h.qualifier ? ' (' + h.qualifier + ')' : '')));
        h.evidence.forEach(function (e) {
          li.appendChild(el('blockquote', 'sentence', e.sentence));
          var src = el('div', 'source');
          src.appendChild(document.createTextNode('Nguồn: '));
          var a = el('a', null, e.headline ? e.headline + ' (' + e.doc + ')' : e.doc);
          if (e.graph) {
            a.href = '../kg/get?graph=' + encodeURIComponent(e.graph);
            a.rel = 'noopener noreferrer';
            a.target = '_blank';
          }
          src.appendChild(a);
          li.appendChild(src);
        });
        ol.appendChild(li);
      });
      section.appendChild(ol);
      box.appendChild(section);
    });
  }

  /**
   * "Trước: A (date) · Sau: B (date)": who held the post before the person's first and after the last date.
   * A post that two people are attested holding on one date (Ủy viên Bộ Chính trị) is held jointly: nobody
   * precedes anybody there, so the line says so instead.
   */
  function succession(list, person) {
    var dated = list.filter(function (h) { return h.date; });
    var mine = dated.filter(function (h) { return h.person === person; });
    if (mine.length === 0) {
      return null;
    }
    var holders = {};
    var joint = dated.some(function (h) {
      var at = holders[h.date] || (holders[h.date] = {});
      at[h.person] = true;
      return Object.keys(at).length > 1;
    });
    if (joint) {
      return 'Nhiều người cùng giữ chức này.';
    }
    var first = mine[0].date;
    var last = mine[mine.length - 1].date;
    var before = dated.filter(function (h) { return h.person !== person && h.date < first; }).pop();
    var after = dated.filter(function (h) { return h.person !== person && h.date > last; })[0];
    var parts = [];
    parts.push('Trước: ' + (before ? before.name + ' (' + formatDate(before.date) + ')' : 'chưa rõ'));
    parts.push('Sau: ' + (after ? after.name + ' (' + formatDate(after.date) + ')' : 'chưa rõ'));
    return parts.join(' · ');
  }

  /* ---------- search with suggestions ---------- */

  var searchSeq = 0;
  var suggestions = [];
  var active = -1;

  function renderSuggestions() {
    var ul = $('suggestions');
    clear(ul);
    suggestions.forEach(function (s, i) {
      var li = el('li', i === active ? 'active' : null);
      li.setAttribute('role', 'option');
      li.appendChild(el('span', 'label', s.label));
      li.appendChild(el('span', 'type', TYPE_LABELS[s.type] || s.type));
      li.addEventListener('mousedown', function (evt) {
        evt.preventDefault();
        pick(i);
      });
      ul.appendChild(li);
    });
    ul.hidden = suggestions.length === 0;
  }

  function pick(i) {
    var s = suggestions[i];
    if (!s) {
      return;
    }
    suggestions = [];
    active = -1;
    renderSuggestions();
    $('search').value = s.label;
    select(s.node, s.label, s.type);
  }

  var searchTimer = null;
  $('search').addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(suggest, 150);
  });

  function suggest() {
    var q = S.searchQuery($('search').value);
    var seq = ++searchSeq;
    if (!q) {
      suggestions = [];
      renderSuggestions();
      return Promise.resolve();
    }
    return track(S.select('search', { _q: q })).then(function (rows) {
      if (seq !== searchSeq) {
        return;
      }
      var seen = {};
      suggestions = rows.filter(function (r) {
        if (seen[r.node]) {
          return false;
        }
        seen[r.node] = true;
        return true;
      });
      active = suggestions.length ? 0 : -1;
      renderSuggestions();
    });
  }

  $('search').addEventListener('keydown', function (evt) {
    if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
      if (suggestions.length) {
        active = (active + (evt.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
        renderSuggestions();
      }
      evt.preventDefault();
    } else if (evt.key === 'Enter') {
      evt.preventDefault();
      clearTimeout(searchTimer);
      (suggestions.length ? Promise.resolve() : suggest()).then(function () { pick(Math.max(active, 0)); });
    } else if (evt.key === 'Escape') {
      suggestions = [];
      renderSuggestions();
    }
  });
  $('search').addEventListener('blur', function () {
    setTimeout(function () {
      suggestions = [];
      renderSuggestions();
    }, 150);
  });

  /* ---------- filters ---------- */

  var bodies = [];

  function fillBodies() {
    var sel = $('body');
    var current = state.body;
    while (sel.options.length > 1) {
      sel.remove(1);
    }
    bodies.filter(function (b) { return !state.province || b.province === state.province; })
        .forEach(function (b) { sel.add(new Option(b.label, b.node)); });
    sel.value = current;
    if (sel.value !== current) {
      state.body = '';
      sel.value = '';
    }
  }

  function loadFacets() {
    return track(S.select('facets', {})).then(function (rows) {
      var dates = [];
      rows.forEach(function (r) {
        if (r.type === 'province') {
          $('province').add(new Option(r.label, r.node));
        } else if (r.type === 'body') {
          if (!bodies.some(function (b) { return b.node === r.node; })) {
            bodies.push({ node: r.node, label: r.label, province: r.province || '' });
          }
        } else if (r.type === 'date' && r.label) {
          dates.push(r.label);
        }
      });
      fillBodies();
      dates.sort();
      state.months = dates.length ? monthsBetween(dates[0], dates[dates.length - 1]) : [];
      var max = Math.max(state.months.length - 1, 0);
      ['from', 'to'].forEach(function (id) {
        $(id).max = String(max);
      });
      $('from').value = '0';
      $('to').value = String(max);
      showRange();
    });
  }

  function showRange() {
    $('from-label').textContent = monthLabel(+$('from').value);
    $('to-label').textContent = monthLabel(+$('to').value);
  }

  var rangeTimer = null;

  function onRange(moved) {
    var from = $('from');
    var to = $('to');
    if (+from.value > +to.value) {
      if (moved === 'from') {
        to.value = from.value;
      } else {
        from.value = to.value;
      }
    }
    showRange();
    clearTimeout(rangeTimer);
    rangeTimer = setTimeout(function () {
      refresh().then(showPanel);
    }, 200);
  }

  $('from').addEventListener('input', function () { onRange('from'); });
  $('to').addEventListener('input', function () { onRange('to'); });
  $('province').addEventListener('change', function () {
    state.province = $('province').value;
    fillBodies();
    refresh();
  });
  $('body').addEventListener('change', function () {
    state.body = $('body').value;
    refresh();
  });
  $('reset').addEventListener('click', function () {
    state.focus = [];
    state.selected = null;
    state.province = '';
    state.body = '';
    $('province').value = '';
    fillBodies();
    $('from').value = '0';
    $('to').value = $('to').max;
    $('search').value = '';
    showRange();
    refresh().then(showPanel);
  });

  // For the browser tests and the curious: the Cytoscape instance and the page's state.
  window.vnkg = { cy: cy, state: state, select: select };

  busy(1);
  loadFacets().then(refresh).then(function () { busy(-1); }, function () { busy(-1); });
})();
