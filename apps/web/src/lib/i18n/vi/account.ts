/** Passwords, invitations, the waiting page, the account page and the user menu. */
export const accountVi = {
  'forgot.title': 'Quên mật khẩu',
  'forgot.intro':
    'Nhập email tài khoản của bạn. Nếu email có tài khoản trên trang này, chúng tôi sẽ gửi liên kết đặt lại mật khẩu (hiệu lực 1 giờ).',
  'forgot.submit': 'Gửi liên kết',
  'forgot.sent':
    'Nếu {email} có tài khoản trên trang này, liên kết đặt lại mật khẩu vừa được gửi đến. Hãy kiểm tra hộp thư, cả thư mục thư rác.',
  'reset.title': 'Đặt lại mật khẩu',
  'reset.password': 'Mật khẩu mới',
  'reset.submit': 'Lưu mật khẩu mới',
  'reset.missingToken':
    'Liên kết đặt lại mật khẩu không đầy đủ. Hãy mở lại liên kết trong email, hoặc yêu cầu liên kết mới.',
  'reset.again': 'Yêu cầu liên kết mới',
  'change.title': 'Đổi mật khẩu',
  'change.intro': 'Sau khi đổi, bạn sẽ được đăng xuất khỏi mọi thiết bị và cần đăng nhập lại.',
  'change.current': 'Mật khẩu hiện tại',
  'change.new': 'Mật khẩu mới',
  'change.submit': 'Đổi mật khẩu',

  'invite.title': 'Nhận lời mời tham gia',
  'invite.intro': 'Bạn được mời tham gia {name}.',
  'invite.email': 'Email',
  'invite.role': 'Vai trò',
  'invite.expires': 'Hết hạn',
  'invite.existingNote':
    'Nếu email này đã có tài khoản trên nền tảng (ví dụ ở tỉnh khác), hãy nhập đúng mật khẩu hiện có của tài khoản đó; họ tên và số điện thoại được giữ như cũ.',
  'invite.submit': 'Nhận lời mời',
  'invite.invalid': 'Không dùng được lời mời này.',
  'invite.missingToken': 'Liên kết lời mời không đầy đủ. Hãy mở lại liên kết trong email.',

  'pending.title': 'Tài khoản đang chờ phê duyệt',
  'pending.text':
    'Cảm ơn {name}. Tài khoản của bạn tại {tenant} đang chờ quản trị viên của tỉnh phê duyệt và phân quyền.',
  'pending.next':
    'Khi được duyệt, hãy đăng nhập lại để vào trang làm việc. Nếu chờ quá lâu, hãy liên hệ quản trị viên của tỉnh.',
  'pending.email': 'Email đăng ký: {email}',

  'account.title': 'Tài khoản của tôi',
  'account.name': 'Họ tên',
  'account.email': 'Email',
  'account.role': 'Vai trò',
  'account.status': 'Trạng thái',
  'account.twoFactor': 'Xác thực hai lớp',
  'account.twoFactorOn': 'Đã bật',
  'account.twoFactorOff': 'Chưa bật',
  'account.changePassword': 'Đổi mật khẩu',
  'account.signOutEverywhere': 'Đăng xuất khỏi mọi thiết bị',
  'account.signOutEverywhereHint': 'Kết thúc mọi phiên đăng nhập của bạn, kể cả trên máy khác.',
  'signOut.title': 'Đăng xuất',
  'signOut.text': 'Bạn muốn đăng xuất khỏi trang này?',

  'user.menu': 'Tài khoản đang đăng nhập',
  'user.account': 'Tài khoản',
  'user.signOut': 'Đăng xuất',
  'user.signIn': 'Đăng nhập',
} as const;
