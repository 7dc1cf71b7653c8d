// Mail given up after its last attempt ("Thư không gửi được"): the leadership sees it; the administrator sends it
// again once the cause (address, SMTP settings) is fixed.
import { el, fill, getJson, postJson, table, when } from './common.js';

function resendButton(m, row, section) {
  const button = el('button', { type: 'button' }, 'Gửi lại');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const res = await postJson('/api/outbox/' + m.id + '/resend', {});
    if (res.ok) {
      row.remove();
    } else {
      button.disabled = false;
      section.append(el('p', { class: 'error' }, res.message));
    }
  });
  return button;
}

/** Fills the section with the failed mail, if there is any; the administrator gets a "Gửi lại" per mail. */
export async function showFailedMail(section, mayResend) {
  const o = await getJson('/api/outbox?status=FAILED');
  if (!o.count) {
    return;
  }
  const headings = ['Người nhận', 'Tiêu đề', 'Tạo lúc', 'Số lần gửi', 'Lỗi gần nhất'];
  const rows = o.emails.map((m) => {
    const row = el('tr', null, el('td', null, m.recipient), el('td', null, m.subject), el('td', null, when(m.createdAt)),
      el('td', null, m.attempts), el('td', null, m.lastError));
    if (mayResend) {
      row.append(el('td', null, resendButton(m, row, section)));
    }
    return row;
  });
  fill(section,
    el('h2', null, 'Thư không gửi được (' + o.count + ')'),
    el('p', { class: 'muted' }, 'Các thư này đã gửi hết số lần cho phép mà không được; hệ thống không gửi lại nữa'
      + (mayResend ? ' cho đến khi bấm "Gửi lại".' : ' cho đến khi quản trị hệ thống gửi lại.')),
    el('div', { class: 'scroll' }, table(mayResend ? headings.concat(['']) : headings, rows)));
  section.hidden = false;
}
