// Importing a plan from its document: a preview first (dry run), the clerk names the offices the reader did not
// recognise, then the plan is created. Everything the document says is shown as text.
import { day, el, fill, getJson, option, readXhr, withNote } from './common.js';

const UNKNOWN_OFFICE = /Không nhận ra cơ quan chủ trì «(.+)»/;

let offices = [];
let file = null;
getJson('/api/offices').then((o) => {
  offices = o;
});

function byId(id) {
  return document.getElementById(id);
}

/** Fills a select with the commune's offices. */
function officeChoices(select, selected) {
  fill(select, option('', '— chọn cơ quan —'), offices.map((o) => option(o.id, o.name, o.id === selected)));
  return select;
}

function send(dryRun) {
  const data = new FormData();
  data.append('file', file);
  const mappings = {};
  document.querySelectorAll('select[data-name]').forEach((s) => {
    if (s.value) {
      mappings[s.getAttribute('data-name')] = s.value;
    }
  });
  const query = '?dryRun=' + dryRun + '&allowDuplicate=' + byId('duplicate').checked +
    '&mappings=' + encodeURIComponent(JSON.stringify(mappings)) +
    '&monitoringOffice=' + encodeURIComponent(byId('monitoring').value || '');
  const progress = byId('progress');
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/plans/import' + query);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        progress.textContent = 'Đang tải lên ' + Math.round(100 * e.loaded / e.total) + '%';
      }
    });
    xhr.upload.addEventListener('load', () => {
      progress.textContent = 'Đang đọc văn bản…';
    });
    xhr.addEventListener('load', () => {
      progress.textContent = '';
      resolve(readXhr(xhr));
    });
    xhr.addEventListener('error', () => {
      progress.textContent = '';
      resolve(readXhr(xhr));
    });
    xhr.send(data);
  });
}

function showErrors(res) {
  const list = res.body.errors || [{ where: '', message: res.message }];
  fill(byId('errors'), list.map((e) => el('p', null, e.where ? e.where + ': ' + e.message : e.message)));
}

function unknownOffices(plan) {
  const names = [];
  plan.warnings.forEach((w) => {
    const m = UNKNOWN_OFFICE.exec(w.message);
    if (m && names.indexOf(m[1]) < 0) {
      names.push(m[1]);
    }
  });
  return names;
}

function show(plan) {
  fill(byId('errors'));
  fill(byId('summary'),
    el('b', null, plan.number || '(chưa có số)'), ' ',
    (plan.issuedOn ? 'ngày ' + day(plan.issuedOn) + ' — ' : '') + plan.title + ' — ' + plan.tasks.length + ' nhiệm vụ');
  officeChoices(byId('monitoring'), plan.monitoringOffice);
  fill(byId('warnings'), plan.warnings.map((w) => el('p', { class: 'muted' }, w.where + ': ' + w.message)));
  fill(byId('mappings'), unknownOffices(plan).map((name) =>
    el('p', null, '«' + name + '» là: ', officeChoices(el('select', { 'data-name': name }), ''))));
  fill(byId('tasks'), plan.tasks.map((t) => el('tr', null,
    el('td', null, t.number),
    el('td', null, t.title),
    el('td', null, t.leadOffices.join(', ') || t.leadText),
    el('td', null, withNote(t.deadline.text, t.deadline.effectiveDueDate && 'hạn xử lý ' + day(t.deadline.effectiveDueDate))))));
  byId('preview').hidden = false;
}

byId('file').addEventListener('change', (e) => {
  file = e.target.files[0];
  byId('preview').hidden = true;
  fill(byId('result'));
  if (file) {
    send(true).then((res) => (res.status === 200 ? show(res.body) : showErrors(res)));
  }
});

byId('confirm').addEventListener('click', () => {
  send(false).then((res) => {
    if (res.status === 200) {
      fill(byId('result'), 'Đã tạo kế hoạch và giao việc. ', el('a', { href: '/' }, 'Xem kế hoạch'));
    } else {
      showErrors(res);
    }
  });
});
