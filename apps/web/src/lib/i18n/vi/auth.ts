/** Signing up, signing in and the second factor. */
export const authVi = {
  'form.optional': '(không bắt buộc)',
  'form.genericError': 'Chưa thực hiện được. Vui lòng kiểm tra lại và thử lại.',
  'form.fixFields': 'Vui lòng sửa các mục được đánh dấu bên dưới.',
  'form.lockoutTitle': 'Đăng nhập đang tạm khóa',
  'form.required': 'bắt buộc',

  'signIn.title': 'Đăng nhập',
  'signIn.intro.tenant':
    'Dành cho tổng đài viên, giám sát viên, cán bộ cơ quan, đơn vị và quản trị viên của {name}.',
  'signIn.intro.platform': 'Dành cho quản trị viên nền tảng.',
  'signIn.intro.national': 'Dành cho chuyên viên Bộ và cơ quan trung ương.',
  'signIn.email': 'Email',
  'signIn.password': 'Mật khẩu',
  'signIn.submit': 'Đăng nhập',
  'signIn.forgot': 'Quên mật khẩu?',
  'signIn.noAccount': 'Cán bộ chưa có tài khoản?',
  'signIn.signUpLink': 'Đăng ký tài khoản',
  'notice.signedOut': 'Bạn đã đăng xuất.',
  'notice.signedOutEverywhere': 'Bạn đã đăng xuất khỏi mọi thiết bị.',
  'notice.passwordChanged': 'Mật khẩu đã được đổi. Vui lòng đăng nhập lại bằng mật khẩu mới.',
  'notice.passwordReset': 'Mật khẩu mới đã được lưu. Vui lòng đăng nhập.',
  'notice.inviteAccepted': 'Bạn đã nhận lời mời. Hãy đăng nhập để bắt đầu làm việc.',

  'signUp.title': 'Đăng ký tài khoản cán bộ',
  'signUp.intro':
    'Dành cho tổng đài viên, giám sát viên và cán bộ cơ quan, đơn vị của {name}. Sau khi bạn xác nhận email, quản trị viên của tỉnh sẽ xem xét và phê duyệt tài khoản.',
  'signUp.name': 'Họ và tên',
  'signUp.email': 'Email',
  'signUp.phone': 'Số điện thoại',
  'signUp.password': 'Mật khẩu',
  'signUp.role': 'Vai trò đề nghị',
  'signUp.agency': 'Cơ quan, đơn vị công tác',
  'signUp.agencyNote': 'Bắt buộc với cán bộ cơ quan, đơn vị; với vai trò khác hãy để trống.',
  'signUp.agencyNone': '— Không chọn —',
  'signUp.submit': 'Đăng ký',
  'signUp.haveAccount': 'Đã có tài khoản?',
  'signUp.sentTitle': 'Kiểm tra hộp thư của bạn',
  'signUp.sentText':
    'Chúng tôi đã gửi liên kết xác nhận đến email bạn vừa đăng ký. Hãy mở liên kết (hiệu lực 48 giờ) để xác nhận email.',
  'signUp.sentNext':
    'Sau đó, quản trị viên của tỉnh sẽ xem xét và phê duyệt tài khoản. Bạn có thể đăng nhập để xem trạng thái.',
  'signUp.sentSpam': 'Không thấy email? Hãy xem cả thư mục thư rác (spam).',
  'password.hint':
    'Ít nhất 10 ký tự. Không dùng mật khẩu phổ biến, dãy liên tiếp (123456, qwerty), tên hay email của bạn. Nên dùng một cụm từ dễ nhớ.',

  'verify.title': 'Xác nhận email',
  'verify.intro': 'Bấm nút dưới đây để xác nhận địa chỉ email của bạn.',
  'verify.submit': 'Xác nhận email',
  'verify.done': 'Email của bạn đã được xác nhận.',
  'verify.doneNext':
    'Tài khoản đang chờ quản trị viên của tỉnh phê duyệt. Bạn có thể đăng nhập để xem trạng thái.',
  'verify.missingToken': 'Liên kết xác nhận không đầy đủ. Hãy mở lại liên kết trong email.',
  'common.toSignIn': 'Đến trang đăng nhập',

  'twoFactor.title': 'Xác thực hai lớp',
  'twoFactor.intro':
    'Nhập mã 6 chữ số trong ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), hoặc một mã khôi phục.',
  'twoFactor.code': 'Mã xác thực hoặc mã khôi phục',
  'twoFactor.submit': 'Xác nhận',
  'twoFactor.otherAccount': 'Đăng nhập bằng tài khoản khác',

  'setup.title': 'Cài đặt xác thực hai lớp',
  'setup.intro':
    'Vai trò {role} cần bật xác thực hai lớp: mỗi lần đăng nhập, ngoài mật khẩu bạn nhập thêm mã 6 chữ số từ ứng dụng xác thực trên điện thoại.',
  'setup.begin': 'Bắt đầu cài đặt',
  'setup.scan': 'Bước 1. Quét mã QR bằng ứng dụng xác thực',
  'setup.qrLabel': 'Mã QR chứa khóa xác thực của bạn',
  'setup.manual': 'Không quét được? Nhập khóa sau vào ứng dụng (loại khóa: theo thời gian):',
  'setup.enterCode': 'Bước 2. Nhập mã 6 chữ số mà ứng dụng hiển thị',
  'setup.code': 'Mã xác thực',
  'setup.confirm': 'Bật xác thực hai lớp',
  'setup.doneTitle': 'Đã bật xác thực hai lớp',
  'setup.recoveryWarning':
    'Hãy lưu 10 mã khôi phục dưới đây ở nơi an toàn (in ra hoặc lưu trong trình quản lý mật khẩu). Mỗi mã dùng được một lần nếu bạn mất điện thoại. Các mã chỉ hiển thị một lần này.',
  'setup.recoveryCodes': 'Mã khôi phục',
  'setup.continue': 'Tôi đã lưu các mã, tiếp tục',
  'setup.invalidKey': 'Khóa cài đặt không hợp lệ. Vui lòng bắt đầu lại.',
} as const;
