// Marks the page of an administrator (group camunda-admin): only they are offered "Tạo nhiệm vụ" and
// "Khởi tạo quy trình" (styles/user-styles.css hides them from everyone else).
fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then((response) => (response.ok ? response.json() : { groups: [] }))
  .then((me) => {
    if ((me.groups || []).indexOf('camunda-admin') >= 0) {
      document.documentElement.classList.add('commune-admin');
    }
  });
export default [];
