/*
 * vnkg graph page: how the page talks to the SPARQL endpoint.
 *
 * Every value the page sends (what the user types, the IRIs of the nodes clicked, the dates of the slider)
 * goes into the query as one RDF term written by literal() or iri() below, inside a VALUES block that bind()
 * puts where the query file (queries/web/*.rq) has its "#@params" line. Nothing else of the user's input is
 * ever concatenated into a query.
 */
(function (global) {
  'use strict';

  // SPARQL 1.1 ECHAR: the characters a "..." literal must escape.
  var ESCAPES = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

  /** A string as a SPARQL string literal: "..." with \ " and control characters escaped. */
  function literal(value) {
    if (typeof value !== 'string') {
      throw new TypeError('literal() takes a string, got ' + typeof value);
    }
    return '"' + value.replace(/[\\"\n\r\t\b\f]/g, function (c) { return ESCAPES[c]; }) + '"';
  }

  // SPARQL 1.1 IRIREF: no <>"{}|^`\ and no character up to the space.
  var IRI = /^[^<>"{}|^`\\\u0000-\u0020]+$/;

  /** An absolute IRI as a SPARQL IRI reference <...>; anything that cannot be one is refused. */
  function iri(value) {
    if (typeof value !== 'string' || !IRI.test(value) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) {
      throw new TypeError('not an IRI: ' + value);
    }
    return '<' + value + '>';
  }

  /** A term from a value: {iri: "..."} gives an IRI, a string a literal. */
  function term(value) {
    if (value !== null && typeof value === 'object' && typeof value.iri === 'string') {
      return iri(value.iri);
    }
    return literal(value);
  }

  /**
   * The query with its "#@params" line replaced by one VALUES block per parameter:
   *   bind(q, {_focus: [{iri: 'https://w3id.org/vnkg/id/person/x'}], _from: '2024-01-01'})
   * A parameter left out, null or [] stays unbound, which the queries read as "no restriction".
   */
  function bind(query, params) {
    var blocks = [];
    Object.keys(params || {}).forEach(function (name) {
      if (!/^_[a-z]+$/.test(name)) {
        throw new Error('bad parameter name ' + name);
      }
      var value = params[name];
      var values = Array.isArray(value) ? value : (value === null || value === undefined ? [] : [value]);
      if (values.length > 0) {
        blocks.push('VALUES ?' + name + ' { ' + values.map(term).join(' ') + ' }');
      }
    });
    if (blocks.length === 0) {
      return query;
    }
    var lines = query.split('\n');
    var at = [];
    lines.forEach(function (line, i) {
      if (/^\s*#@params\s*$/.test(line)) {
        at.push(i);
      }
    });
    if (at.length !== 1) {
      throw new Error('the query must have exactly one #@params line, it has ' + at.length);
    }
    lines[at[0]] = '  ' + blocks.join('\n  ');
    return lines.join('\n');
  }

  /** Lower case without diacritics, as the text index's analyzer (ASCIIFoldingFilter) stores names: đ gives d. */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .replace(/\u0111/g, 'd').replace(/\u0110/g, 'D').toLowerCase();
  }

  /**
   * A Lucene query for the name index from what the user typed: every word required, the last one as a prefix,
   * so "Luong Cuo" suggests Lương Cường. Only [a-z0-9] survive folding, so no Lucene syntax can come through.
   */
  function searchQuery(text) {
    var words = fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; }).slice(0, 8);
    if (words.length === 0) {
      return null;
    }
    return words.map(function (w, i) { return '+' + w + (i === words.length - 1 ? '*' : ''); }).join(' ');
  }

  var cache = {};

  function queryText(name) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) {
      return Promise.reject(new Error('bad query name ' + name));
    }
    if (!cache[name]) {
      cache[name] = fetch('queries/' + name + '.rq').then(function (r) {
        if (!r.ok) {
          throw new Error('cannot load query ' + name + ': HTTP ' + r.status);
        }
        return r.text();
      });
    }
    return cache[name];
  }

  /** Runs queries/web/NAME.rq with the parameters bound; resolves to rows of {variable: value string}. */
  function select(name, params) {
    return queryText(name).then(function (text) {
      var body = new URLSearchParams();
      body.set('query', bind(text, params));
      return fetch('../kg/sparql', {
        method: 'POST',
        headers: { 'Accept': 'application/sparql-results+json' },
        body: body
      });
    }).then(function (r) {
      if (!r.ok) {
        throw new Error('SPARQL query ' + name + ' failed: HTTP ' + r.status);
      }
      return r.json();
    }).then(function (json) {
      return json.results.bindings.map(function (b) {
        var row = {};
        Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
        return row;
      });
    });
  }

  global.VnkgSparql = { literal: literal, iri: iri, bind: bind, fold: fold, searchQuery: searchQuery, select: select };
})(window);
