// Why the person is on the login page again: a wrong password, or they logged out.
const query = new URLSearchParams(window.location.search);
document.getElementById('message').textContent =
  query.has('error') ? 'Sai tên đăng nhập hoặc mật khẩu.' : (query.has('logout') ? 'Bạn đã đăng xuất.' : '');
