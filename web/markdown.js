// Just enough Markdown to preview the decision record the API writes
// (src/io/adr_markdown.cc): front matter, headings, paragraphs, bullet and
// numbered lists with task boxes, fenced code, and inline code, bold and
// links. It builds DOM nodes from text, never HTML, so nothing in the
// record can become markup; links keep only http(s), relative and #
// targets.

import { h } from './dom.js';

const INLINE = /(`[^`]+`|\*\*[^*]+\*\*|\[[^\]]+\]\([^)\s]+\))/;
const SAFE_HREF = /^(https?:\/\/|#|\.{0,2}\/|[\w.-]+(#[\w-]*)?$)/i;

// Backslash escapes of ASCII punctuation (CommonMark), outside code.
const unescape = (text) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function inline(text) {
  return text.split(INLINE).filter(Boolean).map((part) => {
    if (/^`[^`]+`$/.test(part)) return h('code', {}, part.slice(1, -1));
    if (/^\*\*[^*]+\*\*$/.test(part)) return h('strong', {}, unescape(part.slice(2, -2)));
    const link = part.match(/^\[([^\]]+)\]\(([^)\s]+)\)$/);
    if (link) return SAFE_HREF.test(link[2]) ? h('a', { href: link[2] }, unescape(link[1])) : unescape(link[1]);
    return unescape(part);
  });
}

// Front matter values as YAML writes them: "quoted, with \u003c escapes".
const yamlText = (value) => value.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
  .replace(/"([^"]*)"/g, '$1');

function listItem(text) {
  const task = text.match(/^\[( |x|X)\] (.*)$/);
  if (!task) return h('li', {}, inline(text));
  return h('li', { class: 'md-task' }, h('span', { class: 'md-box', 'aria-hidden': 'true' }, task[1] === ' ' ? '☐' : '☑'),
    ' ', h('span', { class: 'visually-hidden' }, task[1] === ' ' ? 'To do: ' : 'Done: '), inline(task[2]));
}

function frontMatter(lines) {
  if (lines[0] !== '---') return { node: null, rest: lines };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { node: null, rest: lines };
  const pairs = lines.slice(1, end).map((l) => l.match(/^([\w-]+):\s*(.*)$/)).filter(Boolean);
  const node = h('dl', { class: 'md-front' }, pairs.map(([, key, value]) =>
    h('div', {}, h('dt', {}, key.replace(/-/g, ' ')), h('dd', {}, yamlText(value)))));
  return { node, rest: lines.slice(end + 1) };
}

// headingOffset: "#" becomes h(1 + offset), so the preview fits the page's outline.
export function renderMarkdown(text, { headingOffset = 2 } = {}) {
  const { node, rest } = frontMatter(String(text).replace(/\r\n?/g, '\n').split('\n'));
  const out = [node];
  let paragraph = [];
  let list = null;
  const flush = () => {
    if (paragraph.length) out.push(h('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
    list = null;
  };
  for (let i = 0; i < rest.length; i++) {
    const line = rest[i];
    const fence = line.match(/^```\s*([\w-]*)/);
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    const bullet = line.match(/^\s*[*-]\s+(.*)$/);
    const numbered = line.match(/^\s*\d+\.\s+(.*)$/);
    if (fence) {
      flush();
      const code = [];
      for (i += 1; i < rest.length && !/^```/.test(rest[i]); i++) code.push(rest[i]);
      out.push(h('pre', { class: 'md-code' }, h('code', { 'data-lang': fence[1] || null }, code.join('\n'))));
    } else if (heading) {
      flush();
      const level = Math.min(6, heading[1].length + headingOffset);
      out.push(h(`h${level}`, { class: `md-h md-h${heading[1].length}` }, inline(heading[2])));
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length) flush();
      if (!list || list.tagName.toLowerCase() !== tag) {
        list = h(tag, {});
        out.push(list);
      }
      list.append(listItem((bullet || numbered)[1]));
    } else if (line.trim() === '') {
      flush();
    } else if (list && /^\s+\S/.test(line)) {
      list.lastElementChild.append(' ', ...inline(line.trim()));
    } else {
      list = null;
      paragraph.push(line.trim());
    }
  }
  flush();
  return h('div', { class: 'markdown' }, out);
}
