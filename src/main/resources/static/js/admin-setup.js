// The administrators' setup: provinces and communes (system administrator), then a commune's offices and people.
import { el, fill, getJson, option, postForm, postJson, sendJson, table } from './common.js';

const KINDS = {
  PHONG: 'Phòng chuyên môn',
  TRUNG_TAM: 'Trung tâm',
  DON_VI: 'Đơn vị',
  TO_CHUC: 'Tổ chức chính trị - xã hội',
  THON: 'Thôn'
};

const $ = (id) => document.getElementById(id);
let systemAdmin = false;
let roles = [];
let offices = [];
let preview = [];

function show(id, res) {
  $(id).textContent = res.ok ? (res.body.message || 'Đã lưu.') : res.message;
  $(id).className = res.ok ? 'muted' : 'error';
}

function commune() {
  return $('commune-select').value;
}

function loadProvinces() {
  return getJson('/api/admin/provinces').then((provinces) => {
    fill($('provinces'), table(['Mã', 'Tên'], provinces.map((p) => el('tr', null, el('td', null, p.id), el('td', null, p.name)))));
    fill($('commune-province'), provinces.map((p) => option(p.id, p.name)));
    fill($('viewer-province'), provinces.map((p) => option(p.id, p.name)));
    return loadViewers();
  });
}

function loadViewers() {
  const province = $('viewer-province').value;
  if (!province) {
    return null;
  }
  return getJson('/api/admin/provinces/' + encodeURIComponent(province) + '/viewers').then((viewers) => {
    fill($('viewers'), table(['Tên đăng nhập', 'Họ tên', 'Email'],
      viewers.map((v) => el('tr', null, el('td', null, v.userId), el('td', null, v.name), el('td', null, v.email)))));
  });
}

function loadCommunes(selected) {
  return getJson('/api/admin/communes').then((communes) => {
    fill($('communes'), table(['Mã', 'Tên', 'Tỉnh', 'Tiền tố'], communes.map((c) =>
      el('tr', null, el('td', null, c.id), el('td', null, c.name), el('td', null, c.provinceId || ''), el('td', null, c.idPrefix)))));
    const current = selected || commune();
    fill($('commune-select'), communes.map((c) => option(c.id, c.name, c.id === current)));
    return loadCommune();
  });
}

function loadCommune() {
  const id = commune();
  $('office-section').hidden = !id;
  $('people-section').hidden = !id;
  if (!id) {
    return Promise.resolve();
  }
  return getJson('/api/admin/communes/' + encodeURIComponent(id) + '/offices').then((answer) => {
    $('office-note').textContent = answer.saved
      ? 'Mã cơ quan là mã nhóm trong Danh sách việc, đứng sau tiền tố "' + answer.prefix + '".'
      : 'Chưa lưu: đây là các cơ quan chuẩn của xã sau sắp xếp năm 2025; sửa tên, tên viết tắt, tên gọi khác, loại rồi bấm "Lưu cơ quan".';
    offices = answer.offices.map((o) => Object.assign({ saved: answer.saved, id: answer.prefix + o.code }, o));
    drawOffices();
    return loadPeople();
  });
}

function drawOffices() {
  const rows = offices.map((o, i) => {
    const input = (field, value, attrs) => {
      const box = el('input', Object.assign({ class: 'office-' + field, 'data-row': i, value: value || '' }, attrs || {}));
      box.addEventListener('input', () => { o[field] = field === 'aliases' ? split(box.value) : box.value; });
      return box;
    };
    const kind = el('select', { class: 'office-kind' }, Object.keys(KINDS).map((k) => option(k, KINDS[k], k === o.kind)));
    kind.addEventListener('change', () => { o.kind = kind.value; });
    return el('tr', null,
      el('td', null, input('code', o.code, o.saved ? { readonly: 'readonly' } : {})),
      el('td', null, input('name', o.name, { size: 40 })),
      el('td', null, input('shortName', o.shortName, { size: 10 })),
      el('td', null, input('aliases', (o.aliases || []).join('; '), { size: 30 })),
      el('td', null, kind));
  });
  fill($('offices'), table(['Mã', 'Tên cơ quan', 'Viết tắt', 'Tên gọi khác (cách nhau bởi ;)', 'Loại'], rows));
}

function split(text) {
  return text.split(';').map((s) => s.trim()).filter((s) => s);
}

function officeOptions(selected, withNone) {
  const saved = offices.filter((o) => o.saved);
  return [withNone ? option('', '(không thuộc cơ quan)', !selected) : null]
    .concat(saved.map((o) => option(o.id, o.name, o.id === selected)));
}

function roleOptions(selected) {
  return roles.map((r) => option(r.role, r.label, r.role === selected));
}

function loadPeople() {
  const id = commune();
  return getJson('/api/admin/communes/' + encodeURIComponent(id) + '/people').then((people) => {
    const officeName = (oid) => (offices.find((o) => o.id === oid) || { name: '' }).name;
    const rows = people.map((p) => {
      const actions = [];
      if (p.active && p.officeId) {
        const target = el('select', { class: 'move-office' }, officeOptions(p.officeId, false));
        const move = el('button', { type: 'button', class: 'move' }, 'Chuyển');
        move.addEventListener('click', () => personAction(p.userId, 'move', { officeId: target.value }));
        actions.push(target, move);
      }
      if (p.active) {
        const leave = el('button', { type: 'button', class: 'leave' }, 'Nghỉ việc');
        leave.addEventListener('click', () => personAction(p.userId, 'leave', {}));
        actions.push(leave);
      }
      return el('tr', { 'data-user': p.userId },
        el('td', null, p.fullName), el('td', null, p.userId), el('td', null, p.position || ''),
        el('td', null, label(p.role)), el('td', null, officeName(p.officeId)), el('td', null, p.email),
        el('td', null, p.phone || ''), el('td', null, p.active ? actions : 'Đã nghỉ'));
    });
    fill($('people'), table(['Họ tên', 'Tên đăng nhập', 'Chức vụ', 'Vai trò', 'Cơ quan', 'Email', 'Điện thoại', ''], rows));
    fill($('person-office'), officeOptions('', true));
  });
}

function label(role) {
  return (roles.find((r) => r.role === role) || { label: role }).label;
}

function personAction(userId, action, body) {
  postJson('/api/admin/communes/' + encodeURIComponent(commune()) + '/people/' + encodeURIComponent(userId) + '/' + action, body)
    .then((res) => {
      show('people-message', res);
      return loadPeople();
    });
}

function drawPreview() {
  const rows = preview.map((p) => {
    const office = el('select', { class: 'preview-office' }, officeOptions(p.officeId, true));
    office.addEventListener('change', () => { p.officeId = office.value || null; });
    const role = el('select', { class: 'preview-role' }, roleOptions(p.role));
    role.addEventListener('change', () => { p.role = role.value; });
    return el('tr', { class: p.errors && p.errors.length ? 'late' : '' },
      el('td', null, String(p.row)), el('td', null, p.fullName), el('td', null, p.position),
      el('td', null, p.office, el('br'), office), el('td', null, p.email), el('td', null, p.phone),
      el('td', null, role), el('td', null, p.userId || ''),
      el('td', { class: 'row-errors' }, (p.errors || []).join(' ')));
  });
  fill($('staff-preview'), table(['Dòng', 'Họ tên', 'Chức vụ', 'Cơ quan', 'Email', 'Điện thoại', 'Vai trò', 'Tên đăng nhập', 'Lỗi'], rows));
  $('staff-save').hidden = preview.length === 0;
}

function drafts(list) {
  return list.map((p) => ({
    row: p.row, fullName: p.fullName, position: p.position, office: p.office, officeId: p.officeId,
    email: p.email, phone: p.phone, role: p.role
  }));
}

$('province-form').addEventListener('submit', (event) => {
  event.preventDefault();
  postJson('/api/admin/provinces', { id: $('province-id').value, name: $('province-name').value }).then((res) => {
    show('province-message', res);
    return loadProvinces();
  });
});

$('viewer-province').addEventListener('change', loadViewers);

$('viewer-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const province = $('viewer-province').value;
  postJson('/api/admin/provinces/' + encodeURIComponent(province) + '/viewers', {
    userId: $('viewer-id').value, fullName: $('viewer-name').value, email: $('viewer-email').value
  }).then((res) => {
    show('viewer-message', res);
    return res.ok ? loadViewers() : null;
  });
});

$('commune-form').addEventListener('submit', (event) => {
  event.preventDefault();
  postJson('/api/admin/communes', {
    id: $('commune-id').value, name: $('commune-name').value,
    provinceId: $('commune-province').value, idPrefix: $('commune-prefix').value
  }).then((res) => {
    show('commune-message', res);
    if (res.ok) {
      return loadCommunes(res.body.id);
    }
    return null;
  });
});

$('commune-select').addEventListener('change', () => loadCommune());

$('office-add').addEventListener('click', () => {
  offices.push({ code: '', name: '', shortName: '', aliases: [], kind: 'PHONG', saved: false });
  drawOffices();
});

$('offices-save').addEventListener('click', () => {
  const body = offices.map((o) => ({ code: o.code, name: o.name, shortName: o.shortName, aliases: o.aliases || [], kind: o.kind }));
  sendJson('PUT', '/api/admin/communes/' + encodeURIComponent(commune()) + '/offices', body).then((res) => {
    show('office-message', res);
    if (res.ok) {
      $('office-message').textContent = 'Đã lưu ' + res.body.offices.length + ' cơ quan.';
      return loadCommune();
    }
    return null;
  });
});

$('person-form').addEventListener('submit', (event) => {
  event.preventDefault();
  postJson('/api/admin/communes/' + encodeURIComponent(commune()) + '/people', [{
    fullName: $('person-name').value, position: $('person-position').value, officeId: $('person-office').value || null,
    email: $('person-email').value, phone: $('person-phone').value, role: $('person-role').value
  }]).then((res) => {
    show('people-message', res);
    if (res.ok) {
      $('people-message').textContent = 'Đã thêm ' + res.body.rows[0].userId + '; thư đặt mật khẩu đã được gửi.';
      $('person-form').reset();
      return loadPeople();
    }
    return null;
  });
});

$('staff-file').addEventListener('change', () => {
  const file = $('staff-file').files[0];
  if (!file) {
    return;
  }
  const form = new FormData();
  form.append('file', file);
  postForm('/api/admin/communes/' + encodeURIComponent(commune()) + '/people/preview', form).then((res) => {
    preview = res.ok ? res.body.rows : [];
    drawPreview();
    $('staff-message').className = res.ok && res.body.errorCount === 0 ? 'muted' : 'error';
    $('staff-message').textContent = !res.ok ? res.message
      : (res.body.errorCount === 0 ? preview.length + ' người, không có lỗi. Bấm "Lưu danh sách".'
        : res.body.errorCount + ' dòng có lỗi: sửa trong tệp hoặc chọn lại cơ quan, vai trò rồi lưu.');
  });
});

$('staff-save').addEventListener('click', () => {
  postJson('/api/admin/communes/' + encodeURIComponent(commune()) + '/people', drafts(preview)).then((res) => {
    if (res.ok) {
      preview = [];
      drawPreview();
      $('staff-message').className = 'muted';
      $('staff-message').textContent = 'Đã lưu ' + res.body.rows.length + ' người; mỗi người nhận thư để đặt mật khẩu.';
      return loadPeople();
    }
    if (res.body.rows) {
      preview = res.body.rows;
      drawPreview();
    }
    $('staff-message').className = 'error';
    $('staff-message').textContent = res.message;
    return null;
  });
});

getJson('/api/me').then((me) => {
  $('who').textContent = me.userId;
  systemAdmin = me.roles.indexOf('SYSTEM_ADMIN') >= 0;
  $('province-section').hidden = !systemAdmin;
  $('commune-form').hidden = !systemAdmin;
  return getJson('/api/admin/roles');
}).then((list) => {
  roles = list;
  fill($('person-role'), roleOptions('OFFICE_STAFF'));
  return systemAdmin ? loadProvinces() : null;
}).then(() => loadCommunes()).catch((e) => {
  $('commune-message').textContent = e.message;
});
