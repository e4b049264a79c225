// The desktop client's renderer as a judge: marked 12.0.1 with the client's own options
// (src/renderer.js: `marked.setOptions({gfm: true, tables: true})`, then `innerHTML =
// marked(message)`), and the HTML it makes parsed by parse5, a spec-compliant HTML5
// parser, as the browser would parse it.
//
// One long-lived process: each stdin line is a JSON request {"markdown": "...",
// "tree": bool}, each stdout line the answer {"html", "violations", "tree"?}.
// `violations` lists what breaks the allow-list; `tree` is a normalised form of the
// rendered document for comparing meanings.
'use strict';

const path = require('path');
const readline = require('readline');

const modules = path.resolve(process.argv[2], 'node_modules');
const { marked } = require(path.join(modules, 'marked'));
const parse5 = require(path.join(modules, 'parse5'));

marked.setOptions({ gfm: true, tables: true });

// The client loads its page from the app bundle; relative URLs resolve against it.
const PAGE = 'file:///app/src/index.html';
const ALLOWED = {
  p: [], em: [], strong: [], code: ['class'], pre: [], a: ['href', 'title'],
  ul: [], ol: ['start'], li: [], blockquote: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], hr: [], br: [],
  table: [], thead: [], tbody: [], tr: [], th: ['align'], td: ['align'],
  del: [], img: ['src', 'alt', 'title'], input: ['type', 'checked', 'disabled'],
};
const URL_SCHEMES = { href: ['http:', 'https:', 'mailto:'], src: ['http:', 'https:'] };

// The scheme the browser reads (entities are already decoded by the HTML parser).
// When the URL as a whole does not parse (a bad host, say), the browser cannot
// navigate it at all, but its scheme is still read first, the same way: leading
// and trailing C0 controls and spaces dropped, tabs and line breaks removed.
function protocolOf(value) {
  try {
    return new URL(value, PAGE).protocol;
  } catch (error) {
    const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned);
    return scheme ? scheme[1].toLowerCase() + ':' : null;
  }
}

function checkAttribute(tag, attr, out) {
  const name = attr.name.toLowerCase();
  if (!ALLOWED[tag].includes(name)) {
    out.push(`attribute ${name} on <${tag}>`);
    return;
  }
  if (name in URL_SCHEMES) {
    const protocol = protocolOf(attr.value);
    if (!URL_SCHEMES[name].includes(protocol)) {
      out.push(`${name} ${JSON.stringify(attr.value)} on <${tag}> (${protocol})`);
    }
  } else if (name === 'align' && !['left', 'center', 'right'].includes(attr.value)) {
    out.push(`align ${JSON.stringify(attr.value)}`);
  } else if (name === 'type' && attr.value !== 'checkbox') {
    out.push(`input type ${JSON.stringify(attr.value)}`);
  } else if (name === 'class' && !/^language-\S*$/.test(attr.value)) {
    out.push(`class ${JSON.stringify(attr.value)}`);
  }
}

function violations(node, out) {
  for (const child of node.childNodes || []) {
    if (child.nodeName === '#text') continue;
    if (child.nodeName === '#comment') {
      out.push('comment');
      continue;
    }
    const tag = child.tagName;
    if (!tag || !(tag in ALLOWED) || child.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      out.push(`element ${child.nodeName}`);
    } else {
      for (const attr of child.attrs) checkAttribute(tag, attr, out);
      if (tag === 'input' && !child.attrs.some((a) => a.name === 'disabled')) {
        out.push('enabled input');
      }
    }
    violations(child.content || child, out);
  }
  return out;
}

// For comparing meanings: elements with their attributes (URLs as the browser
// resolves them, titles left out), text with blanks collapsed, and paragraphs
// inside list items unwrapped (tight and loose lists say the same thing).
function tree(node, parentTag) {
  const out = [];
  for (const child of node.childNodes || []) {
    if (child.nodeName === '#text') {
      const text = child.value.replace(/\s+/g, ' ');
      if (text.trim() || parentTag === 'code') out.push(text);
      continue;
    }
    if (!child.tagName) continue;
    const children = tree(child.content || child, child.tagName);
    if (child.tagName === 'p' && parentTag === 'li') {
      out.push(...children);
      continue;
    }
    const attrs = {};
    for (const attr of child.attrs || []) {
      if (attr.name === 'title') continue;
      attrs[attr.name] = attr.name in URL_SCHEMES ? resolved(attr.value) : attr.value;
    }
    out.push([child.tagName, attrs, ...children]);
  }
  return out;
}

function resolved(value) {
  try {
    return decodeURI(new URL(value, PAGE).href);
  } catch (error) {
    return value;
  }
}

function judge(request) {
  const html = marked(request.markdown);
  const fragment = parse5.parseFragment(html);
  const answer = { html, violations: violations(fragment, []) };
  if (request.tree) answer.tree = tree(fragment, null);
  return answer;
}

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  let answer;
  try {
    answer = judge(JSON.parse(line));
  } catch (error) {
    answer = { error: String(error && error.stack ? error.stack : error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
});
