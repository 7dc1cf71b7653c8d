// What the product's pages share: JSON calls whose refusals carry the server's Vietnamese message, dates in
// Vietnamese order, and DOM built from data as text nodes and attribute values, never parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';

/** GET as JSON; a refusal rejects with the server's message. */
export function getJson(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(read, offline)
    .then((res) => {
      if (!res.ok) {
        throw new Error(res.message);
      }
      return res.body;
    });
}

/** POST as JSON; resolves to { ok, status, body, message } so that the caller shows a refusal where it happened. */
export function postJson(url, body) {
  return sendJson('POST', url, body);
}

/** Any method with a JSON body, answered as postJson's. */
export function sendJson(method, url, body) {
  return fetch(url, {
    method: method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body)
  }).then(read, offline);
}

/** POST a form with files (multipart), answered as postJson's. */
export function postForm(url, formData) {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
    body: formData
  }).then(read, offline);
}

/** The answer of an XMLHttpRequest (uploads, for their progress) in the same shape as postJson's. */
export function readXhr(xhr) {
  return answer(xhr.status >= 200 && xhr.status < 300, xhr.status, xhr.responseText);
}

function read(response) {
  return response.text().then((text) => answer(response.ok, response.status, text));
}

function answer(ok, status, text) {
  let body = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch (e) {
    body = {};
  }
  let message = body && body.message;
  if (!message) {
    message = status === 401 ? 'Phiên đăng nhập đã hết: hãy tải lại trang và đăng nhập lại.'
      : 'Lỗi máy chủ (' + status + ').';
  }
  return { ok: ok, status: status, body: body, message: message };
}

function offline() {
  return { ok: false, status: 0, body: {}, message: 'Không kết nối được máy chủ: hãy kiểm tra mạng rồi thử lại.' };
}

/** yyyy-mm-dd as dd/mm/yyyy. */
export function day(iso) {
  if (!iso) {
    return '';
  }
  const p = iso.split('-');
  return p[2] + '/' + p[1] + '/' + p[0];
}

/** A moment as Vietnam's date and time. */
export function when(ts) {
  return ts ? new Date(ts).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
}

/**
 * An HTML element with attributes and children. Strings become text nodes and attribute values are set as
 * values, so text from a document or a user never becomes markup. Empty children (null, false, '') are left out;
 * arrays are flattened.
 */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** The same for SVG (charts). */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG, tag), attrs, children);
}

function build(node, attrs, children) {
  Object.entries(attrs || {}).forEach(([name, value]) => {
    if (value != null && value !== false) {
      node.setAttribute(name, String(value));
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child != null && child !== false && child !== '') {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

/** Replaces a node's children, with el's rules. */
export function fill(node, ...children) {
  node.replaceChildren();
  return build(node, null, children);
}

export function option(value, label, selected) {
  const o = el('option', { value: value }, label);
  o.selected = !!selected;
  return o;
}

/** Nodes one per line. */
export function lines(nodes) {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [el('br'), node]));
}

/** A table with these headings and rows (tr elements). */
export function table(headings, rows) {
  return el('table', null,
    el('thead', null, el('tr', null, headings.map((h) => el('th', null, h)))),
    el('tbody', null, rows));
}

/** A cell's text with a muted second line, e.g. a deadline in words and its effective date. */
export function withNote(text, note) {
  return [text, note ? [el('br'), el('span', { class: 'muted' }, note)] : null];
}
