// deckpress's MathJax helper: typesets TeX with MathJax 3 (as Anki does) and
// flattens the SVG into outlines the print writer draws with PDF operators.
//
// Reads one JSON request per line on stdin, {"tex": "...", "display": true},
// and answers each with one JSON line on stdout, in order:
//   {"w": width, "h": height, "d": depth, "g": {name: path...}, "s": [shape...]}
// in thousandths of an em, y up from the baseline. "g" holds the glyphs the
// formula uses, each once, as SVG path data in their own coordinates. Other
// paths use only absolute M, L, C and Z. A shape is one of
//   {"u": name, "m": [a, b, c, d, e, f]}: a glyph placed by that matrix
//   {"p": "M x y L x y C x1 y1 x2 y2 x y Z", "w": stroke}: a path, filled
//     unless "w" gives the width of its stroke
//   {"t": "П", "x": x, "y": y, "z": size, "v": "bold"}: a character the
//     MathJax fonts lack, which the sheet draws with its own fonts
// each with "c": colour when TeX set one and "k": [x0, y0, x1, y1] when clipped;
// or {"e": "message"} when MathJax cannot read the TeX.
'use strict';

const os = require('os');
const readline = require('readline');
const {Worker, isMainThread, parentPort} = require('worker_threads');

// MathJax, loaded in each worker thread only.
let adaptor = null;
let mathDocument = null;
let resetDefinitions = null;

function loadMathJax() {
  const {mathjax} = require('mathjax-full/js/mathjax.js');
  const {TeX} = require('mathjax-full/js/input/tex.js');
  const {SVG} = require('mathjax-full/js/output/svg.js');
  const {liteAdaptor} = require('mathjax-full/js/adaptors/liteAdaptor.js');
  const {RegisterHTMLHandler} = require('mathjax-full/js/handlers/html.js');
  const {AllPackages} = require('mathjax-full/js/input/tex/AllPackages.js');
  adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  // Every package (Anki's MathJax loads them on demand), but the few that
  // need a browser or load files at run time.
  const packages = AllPackages.filter((name) => !['bussproofs', 'autoload', 'require'].includes(name));
  const tex = new TeX({packages, formatError: (jax, error) => { throw error; }});
  const svg = new SVG({fontCache: 'local'});
  mathDocument = mathjax.document('', {InputJax: tex, OutputJax: svg});
  // Each formula stands alone, whichever worker typesets it and whatever the
  // cache already holds: \newcommand, \def and \label of one formula must
  // not reach the next.
  resetDefinitions = () => {
    for (const name of ['new-Delimiter', 'new-Command', 'new-Environment']) {
      const map = tex.parseOptions.handlers.retrieve(name);
      if (map) map.map.clear();
    }
    tex.reset();
  };
}

const IDENTITY = [1, 0, 0, 1, 0, 0];

// a then b: the matrix that applies b first, then a.
function multiply(a, b) {
  return [a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1],
          a[0] * b[2] + a[2] * b[3], a[1] * b[2] + a[3] * b[3],
          a[0] * b[4] + a[2] * b[5] + a[4], a[1] * b[4] + a[3] * b[5] + a[5]];
}

function parseTransform(text) {
  let matrix = IDENTITY;
  const pattern = /(\w+)\s*\(([^)]*)\)/g;
  let match;
  while ((match = pattern.exec(text || '')) !== null) {
    const v = match[2].split(/[\s,]+/).filter((s) => s !== '').map(Number);
    let step = IDENTITY;
    if (match[1] === 'translate') step = [1, 0, 0, 1, v[0], v[1] || 0];
    else if (match[1] === 'scale') step = [v[0], 0, 0, v.length > 1 ? v[1] : v[0], 0, 0];
    else if (match[1] === 'matrix') step = v;
    else if (match[1] === 'rotate') {
      const a = v[0] * Math.PI / 180, c = Math.cos(a), s = Math.sin(a);
      const [cx, cy] = [v[1] || 0, v[2] || 0];
      step = multiply([1, 0, 0, 1, cx, cy], multiply([c, s, -s, c, 0, 0], [1, 0, 0, 1, -cx, -cy]));
    }
    matrix = multiply(matrix, step);
  }
  return matrix;
}

// The root's y axis points down; the sheet's points up.
function point(m, x, y) {
  return [round(m[0] * x + m[2] * y + m[4]), round(-(m[1] * x + m[3] * y + m[5]))];
}

function round(value) {
  return Math.round(value * 10) / 10;
}

// For scale factors, which multiply coordinates.
function fine(value) {
  return Math.round(value * 10000) / 10000;
}

// SVG path data in any of MathJax's commands, as absolute M, L, C and Z.
function flattenPath(d, m) {
  const tokens = d.match(/[a-zA-Z]|-?[\d.]+(?:e-?\d+)?/g) || [];
  const out = [];
  let i = 0, command = '', x = 0, y = 0, startX = 0, startY = 0, lastControl = null;
  const number = () => Number(tokens[i++]);
  const emit = (letter, ...coordinates) => {
    out.push(letter);
    for (let k = 0; k < coordinates.length; k += 2) out.push(...point(m, coordinates[k], coordinates[k + 1]));
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) command = tokens[i++];
    const relative = command === command.toLowerCase();
    const ox = relative ? x : 0, oy = relative ? y : 0;
    switch (command.toUpperCase()) {
      case 'M': x = ox + number(); y = oy + number(); startX = x; startY = y; emit('M', x, y);
        command = relative ? 'l' : 'L'; lastControl = null; break;
      case 'L': x = ox + number(); y = oy + number(); emit('L', x, y); lastControl = null; break;
      case 'H': x = ox + number(); emit('L', x, y); lastControl = null; break;
      case 'V': y = oy + number(); emit('L', x, y); lastControl = null; break;
      case 'Q': case 'T': {
        let cx, cy;
        if (command.toUpperCase() === 'Q') { cx = ox + number(); cy = oy + number(); }
        else if (lastControl) { cx = 2 * x - lastControl[0]; cy = 2 * y - lastControl[1]; }
        else { cx = x; cy = y; }
        const nx = ox + number(), ny = oy + number();
        emit('C', x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y), nx + 2 / 3 * (cx - nx), ny + 2 / 3 * (cy - ny), nx, ny);
        lastControl = [cx, cy]; x = nx; y = ny; break;
      }
      case 'C': {
        const c1x = ox + number(), c1y = oy + number(), c2x = ox + number(), c2y = oy + number();
        x = ox + number(); y = oy + number();
        emit('C', c1x, c1y, c2x, c2y, x, y); lastControl = null; break;
      }
      case 'Z': out.push('Z'); x = startX; y = startY; lastControl = null; break;
      default: throw new Error('unknown path command ' + command);
    }
  }
  return out.join(' ');
}

function rectPath(x, y, w, h, m) {
  return ['M', ...point(m, x, y), 'L', ...point(m, x + w, y), 'L', ...point(m, x + w, y + h),
          'L', ...point(m, x, y + h), 'Z'].join(' ');
}

// Four cubic arcs.
function ellipsePath(cx, cy, rx, ry, m) {
  const k = 0.5523;
  const d = `M ${cx + rx} ${cy} C ${cx + rx} ${cy + k * ry} ${cx + k * rx} ${cy + ry} ${cx} ${cy + ry}` +
            ` C ${cx - k * rx} ${cy + ry} ${cx - rx} ${cy + k * ry} ${cx - rx} ${cy}` +
            ` C ${cx - rx} ${cy - k * ry} ${cx - k * rx} ${cy - ry} ${cx} ${cy - ry}` +
            ` C ${cx + k * rx} ${cy - ry} ${cx + rx} ${cy - k * ry} ${cx + rx} ${cy} Z`;
  return flattenPath(d, m);
}

function attribute(node, name) {
  return adaptor.getAttribute(node, name);
}

function number(node, name, fallback = 0) {
  const value = parseFloat(attribute(node, name));
  return Number.isFinite(value) ? value : fallback;
}

// Paint inherited from the enclosing groups; "currentColor" is the text's.
function paint(node, inherited, name) {
  const value = attribute(node, name);
  return value === undefined || value === null ? inherited : value;
}

function strokeWidth(node, m) {
  const style = attribute(node, 'style') || '';
  const fromStyle = /stroke-width:\s*([\d.]+)/.exec(style);
  const width = fromStyle ? Number(fromStyle[1]) : number(node, 'stroke-width', 70);
  return round(width * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])));
}

function intersect(a, b) {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

class Flattener {
  constructor() {
    this.glyphs = {};
    this.shapes = [];
  }

  // <defs><path id="MJX-3-TEX-I-1D465">: named without the formula's number.
  define(defs) {
    for (const path of adaptor.childNodes(defs)) {
      const id = String(attribute(path, 'id') || '').replace(/^MJX-\d+-/, '');
      this.glyphs[id] = attribute(path, 'd') || '';
    }
  }

  add(shape, fill, clip) {
    if (fill && fill !== 'currentColor') shape.c = fill;
    if (clip) shape.k = clip;
    this.shapes.push(shape);
  }

  walk(node, m, fill, stroke, clip) {
    const kind = adaptor.kind(node);
    if (kind === '#text' || kind === '#comment') return;
    m = multiply(m, parseTransform(attribute(node, 'transform')));
    fill = paint(node, fill, 'fill');
    stroke = paint(node, stroke, 'stroke');
    const filled = fill !== 'none';
    switch (kind) {
      case 'defs':
        this.define(node);
        return;
      case 'use': {
        const u = String(attribute(node, 'xlink:href') || attribute(node, 'href') || '').replace(/^#MJX-\d+-/, '');
        this.add({u, m: [fine(m[0]), fine(-m[1]), fine(m[2]), fine(-m[3]), round(m[4]), round(-m[5])]}, fill, clip);
        return;
      }
      case 'path':
        if (filled) this.add({p: flattenPath(attribute(node, 'd') || '', m)}, fill, clip);
        else this.add({p: flattenPath(attribute(node, 'd') || '', m), w: strokeWidth(node, m)}, stroke, clip);
        return;
      case 'rect': {
        const p = rectPath(number(node, 'x'), number(node, 'y'), number(node, 'width'), number(node, 'height'), m);
        const frame = attribute(node, 'data-frame') !== undefined && attribute(node, 'data-frame') !== null;
        if (filled && !frame) this.add({p}, fill, clip);
        else this.add({p, w: strokeWidth(node, m)}, stroke, clip);
        return;
      }
      case 'line': {
        const p = ['M', ...point(m, number(node, 'x1'), number(node, 'y1')),
                   'L', ...point(m, number(node, 'x2'), number(node, 'y2'))].join(' ');
        this.add({p, w: strokeWidth(node, m)}, stroke, clip);
        return;
      }
      case 'ellipse': {
        const p = ellipsePath(number(node, 'cx'), number(node, 'cy'), number(node, 'rx'), number(node, 'ry'), m);
        if (filled && attribute(node, 'fill') !== undefined && attribute(node, 'fill') !== null) this.add({p}, fill, clip);
        else this.add({p, w: strokeWidth(node, m)}, stroke, clip);
        return;
      }
      case 'text': {
        const [x, y] = point(m, 0, 0);
        const size = round(number(node, 'font-size', 1000) * Math.abs(m[3]));
        const shape = {t: adaptor.textContent(node), x, y, z: size, v: attribute(node, 'data-variant') || 'normal'};
        if (fill && fill !== 'currentColor') shape.c = fill;
        this.shapes.push(shape);
        return;
      }
      case 'svg':
        [m, clip] = this.nested(node, m, clip);
        break;
      default:
        break;
    }
    for (const child of adaptor.childNodes(node)) this.walk(child, m, fill, stroke, clip);
  }

  // A nested <svg> (stretched delimiters) maps its viewBox onto its box and clips to it.
  nested(node, m, clip) {
    const [x, y, w, h] = [number(node, 'x'), number(node, 'y'), number(node, 'width'), number(node, 'height')];
    const box = (attribute(node, 'viewBox') || `0 0 ${w} ${h}`).split(/[\s,]+/).map(Number);
    const [x0, y0] = point(m, x, y + h), [x1, y1] = point(m, x + w, y);
    const inner = multiply(m, multiply([1, 0, 0, 1, x, y],
      multiply([box[2] ? w / box[2] : 1, 0, 0, box[3] ? h / box[3] : 1, 0, 0], [1, 0, 0, 1, -box[0], -box[1]])));
    return [inner, intersect(clip, [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)])];
  }
}

function typeset(request) {
  resetDefinitions();
  const container = mathDocument.convert(String(request.tex), {display: Boolean(request.display)});
  const root = adaptor.firstChild(container);
  const box = (attribute(root, 'viewBox') || '0 0 0 0').split(/[\s,]+/).map(Number);
  const flattener = new Flattener();
  for (const child of adaptor.childNodes(root)) flattener.walk(child, IDENTITY, 'currentColor', 'currentColor', null);
  return {w: round(box[2]), h: round(-box[1]), d: round(box[1] + box[3]), g: flattener.glyphs, s: flattener.shapes};
}

function answer(line) {
  try {
    return typeset(JSON.parse(line));
  } catch (error) {
    return {e: String(error && error.message ? error.message : error)};
  }
}

// The main thread reads requests and hands each to the next idle worker
// (one per core, up to four: MathJax is the slow part of a cold build),
// then writes the answers in the order the requests came.
function serve() {
  const count = Math.max(1, Math.min(4, os.availableParallelism ? os.availableParallelism() : os.cpus().length));
  const workers = [];
  const idle = [];
  const waiting = [];
  const answers = new Map();
  let next = 0;
  let written = 0;
  let ended = false;
  const dispatch = () => {
    while (idle.length && waiting.length) idle.pop().postMessage(waiting.shift());
  };
  const finish = () => {
    if (ended && written === next) workers.forEach((worker) => worker.terminate());
  };
  for (let i = 0; i < count; ++i) {
    const worker = new Worker(__filename);
    worker.on('message', ({id, text}) => {
      answers.set(id, text);
      while (answers.has(written)) {
        process.stdout.write(answers.get(written) + '\n');
        answers.delete(written++);
      }
      idle.push(worker);
      dispatch();
      finish();
    });
    worker.on('error', (error) => {
      process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
      process.exit(1);
    });
    workers.push(worker);
    idle.push(worker);
  }
  const lines = readline.createInterface({input: process.stdin, terminal: false});
  lines.on('line', (line) => {
    waiting.push({id: next++, line});
    dispatch();
  });
  lines.on('close', () => {
    ended = true;
    finish();
  });
}

if (isMainThread) {
  serve();
} else {
  loadMathJax();
  parentPort.on('message', ({id, line}) => parentPort.postMessage({id, text: JSON.stringify(answer(line))}));
}
