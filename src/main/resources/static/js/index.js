// The plans and their progress; the leadership also sees the mail waiting to go out.
import { day, el, fill, getJson, lines, table, when, withNote } from './common.js';
import { showIndicators } from './indicators.js';
import { showFailedMail } from './outbox.js';

const STATUS = { OPEN: 'Đang thực hiện', SUBMITTED: 'chờ kiểm tra', RETURNED: 'bị trả lại', DONE: 'Hoàn thành' };
const REPORT = { COLLECTING: 'đang nhận báo cáo', CONSOLIDATING: 'đang tổng hợp', APPROVAL: 'chờ duyệt', APPROVED: 'đã duyệt' };

let shown = null;
let leadership = false;

function officeStatus(o) {
  return el('span', { class: 'status-' + o.status },
    o.officeName + ': ' + o.statusLabel +
    (o.status === 'OPEN' || o.status === 'DONE' ? '' : ' (' + STATUS[o.status] + ')') +
    (o.evidence ? ' - ' + o.evidence + ' minh chứng' : ''));
}

function taskRow(t) {
  const due = t.deadline.effectiveDueDate ? 'hạn xử lý ' + day(t.deadline.effectiveDueDate) : '';
  return el('tr', null,
    el('td', null, t.number),
    el('td', null, t.title),
    el('td', null, withNote(t.deadline.text, due),
      t.deadline.needsDeadline && [el('br'), el('span', { class: 'error' }, 'Cần định hạn')]),
    el('td', null, t.expectedResult),
    el('td', null, lines(t.offices.map(officeStatus))));
}

function reportItem(r) {
  return el('li', null, 'Báo cáo ' + r.period + ' - hạn ' + day(r.dueDate) + ' - ' + (REPORT[r.status] || ''),
    r.status === 'APPROVED' && [' - ',
      el('a', { href: '/api/reports/periods/' + r.id + '/report.docx' }, '.docx'), ' ',
      el('a', { href: '/api/reports/periods/' + r.id + '/report.xlsx' }, '.xlsx'), ' ',
      el('a', { href: '/api/reports/periods/' + r.id + '/pack.zip' }, 'gói bàn giao (.zip)')]);
}

async function showPlan(id) {
  shown = id;
  const d = await getJson('/api/plans/' + id);
  if (shown !== id) {
    return;
  }
  const section = document.getElementById('plan');
  fill(section,
    el('h2', null, d.plan.number),
    el('p', { class: 'muted' }, d.plan.title),
    table(['TT', 'Nhiệm vụ', 'Thời hạn', 'Kết quả', 'Cơ quan chủ trì'], d.tasks.map(taskRow)));
  section.hidden = false;
  const indicators = el('section', { id: 'indicators', hidden: true });
  section.append(indicators);
  showIndicators(indicators, id, leadership);
  const reports = await getJson('/api/plans/' + id + '/reports');
  if (reports.length && shown === id) {
    section.append(el('h2', null, 'Báo cáo định kỳ'), el('ul', null, reports.map(reportItem)));
  }
}

async function showOutbox() {
  const o = await getJson('/api/outbox?status=PENDING');
  const section = document.getElementById('outbox');
  fill(section,
    el('h2', null, 'Thư chờ gửi (' + o.count + ')'),
    o.count === 0 ? el('p', { class: 'muted' }, 'Không có thư nào đang chờ.')
      : table(['Người nhận', 'Tiêu đề', 'Tạo lúc', 'Lỗi gần nhất'], o.emails.map((m) => el('tr', null,
        el('td', null, m.recipient), el('td', null, m.subject), el('td', null, when(m.createdAt)),
        el('td', null, m.lastError)))));
  section.hidden = false;
}

function planLink(p) {
  const link = el('a', { href: '#', 'data-plan': p.id }, p.number);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    showPlan(p.id);
  });
  return link;
}

async function showPlans() {
  const plans = await getJson('/api/plans');
  fill(document.getElementById('plans'),
    el('h2', null, 'Kế hoạch'),
    plans.length === 0 ? el('p', { class: 'muted' }, 'Chưa có kế hoạch nào.')
      : table(['Số', 'Ngày ban hành', 'Tên kế hoạch', 'Tiến độ'], plans.map((p) => el('tr', null,
        el('td', null, planLink(p)), el('td', null, day(p.issuedOn)), el('td', null, p.title),
        el('td', null, p.done + '/' + p.assignments + ' phần việc hoàn thành')))));
  if (plans.length > 0) {
    showPlan(plans[0].id);
  }
}

const meLoaded = getJson('/api/me').then((me) => {
  document.getElementById('who').textContent = me.userId;
  leadership = me.leadership;
  if (me.leadership) {
    showOutbox();
  }
  const admin = me.roles.includes('SYSTEM_ADMIN');
  document.getElementById('audit-link').hidden = !admin;
  if (me.leadership || admin) {
    showFailedMail(document.getElementById('failed-mail'), admin);
  }
});
// The leadership's correction form needs to know who is asking before the first plan is shown.
meLoaded.finally(showPlans);
