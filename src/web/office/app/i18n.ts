/**
 * Interface texts of the back office. Vietnamese is the first language; English the second.
 * Each entry is [vi, en]; `{name}` placeholders are filled by `translate`.
 */
import { planEntries } from '../features/plans/i18n';
import { planViewEntries } from '../features/plans/i18n-plan-view';
import { policyEntries } from '../features/policies/i18n';
import { confirmationEntries } from '../features/consultation/i18n-confirmation';
import { accountEntries } from '../features/accounts/i18n';
import { notificationEntries } from '../features/notifications/i18n';
import { orgImportEntries } from '../features/organisations/i18n';

const baseEntries = {
  'app.name': ['Đồng Thuận', 'Đồng Thuận'],
  'app.tagline': ['Trang quản trị', 'Back office'],
  'app.skip': ['Bỏ qua, đến nội dung chính', 'Skip to main content'],
  'nav.label': ['Điều hướng chính', 'Main navigation'],
  'nav.home': ['Trang chủ', 'Home'],
  'nav.org': ['Cơ cấu tổ chức', 'Organisation'],
  'nav.people': ['Danh bạ cán bộ', 'People'],
  'nav.users': ['Người dùng', 'Users'],
  'nav.audit': ['Nhật ký hệ thống', 'Audit log'],
  'nav.account': ['Tài khoản của tôi', 'My account'],
  'lang.label': ['Ngôn ngữ', 'Language'],
  'header.user': ['Người dùng đang đăng nhập', 'Signed-in user'],
  'signOut': ['Đăng xuất', 'Sign out'],

  'common.loading': ['Đang tải dữ liệu…', 'Loading…'],
  'common.retry': ['Thử lại', 'Try again'],
  'common.empty': ['Chưa có dữ liệu', 'No data yet'],
  'common.loadError': ['Không tải được dữ liệu.', 'The data could not be loaded.'],
  'common.network': ['Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.', 'Cannot reach the server. Check your connection and try again.'],
  'common.serverError': ['Máy chủ gặp lỗi ({status}). Vui lòng thử lại sau.', 'The server returned an error ({status}). Please try again later.'],
  'common.unexpected': ['Đã xảy ra lỗi không mong muốn.', 'An unexpected error occurred.'],
  'common.required': ['(bắt buộc)', '(required)'],
  'common.cancel': ['Huỷ', 'Cancel'],
  'common.confirm': ['Xác nhận', 'Confirm'],
  'common.saving': ['Đang lưu…', 'Saving…'],
  'common.checkFields': ['Vui lòng kiểm tra lại các thông tin đã nhập.', 'Please check the information you entered.'],
  'common.previous': ['Trang trước', 'Previous page'],
  'common.next': ['Trang sau', 'Next page'],
  'common.range': ['Hiển thị {from}–{to} trên tổng số {total}', 'Showing {from}–{to} of {total}'],
  'common.paging': ['Phân trang', 'Paging'],
  'common.dash': ['—', '—'],
  'date.invalid': ['Ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 17/01/2024.', 'Not a valid date. Type it as day/month/year, e.g. 17/01/2024.'],
  'date.tooEarly': ['Ngày phải từ {date} trở đi.', 'The date must be {date} or later.'],
  'date.tooLate': ['Ngày phải đến {date} là muộn nhất.', 'The date must be {date} or earlier.'],
  'date.format': ['Nhập ngày theo dạng ngày/tháng/năm, ví dụ 17/01/2024.', 'Type the date as day/month/year, e.g. 17/01/2024.'],
  'common.unitPlaceholder': ['— Chọn đơn vị —', '— Choose a unit —'],
  'common.unitsLoading': ['Đang tải danh sách đơn vị…', 'Loading units…'],
  'common.unitsError': ['Không tải được danh sách đơn vị.', 'The list of units could not be loaded.'],

  'session.expired': ['Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.', 'Your session has expired. Please sign in again.'],
  'session.mustChange': ['Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu.', 'You are using a temporary password. Please change it.'],
  'session.mustChangeLink': ['Đổi mật khẩu ngay', 'Change password now'],
  'session.signedOut': ['Bạn đã đăng xuất.', 'You have signed out.'],

  'signIn.title': ['Đăng nhập', 'Sign in'],
  'signIn.intro': ['Dành cho cán bộ được cấp tài khoản trên hệ thống Đồng Thuận.', 'For officers with an Đồng Thuận account.'],
  'signIn.username': ['Tên đăng nhập', 'Username'],
  'signIn.password': ['Mật khẩu', 'Password'],
  'signIn.submit': ['Đăng nhập', 'Sign in'],
  'signIn.missing': ['Vui lòng nhập tên đăng nhập và mật khẩu.', 'Please enter your username and password.'],

  'home.greeting': ['Xin chào, {name}', 'Hello, {name}'],
  'home.intro': ['Trang quản trị nền tảng truyền thông chính sách của tỉnh.', 'Back office of the province’s policy communication platform.'],
  'home.roles': ['Vai trò và đơn vị của bạn', 'Your roles and units'],
  'home.noRoles': ['Tài khoản chưa được phân vai trò.', 'No role has been assigned to this account.'],
  'home.sections': ['Các chức năng', 'Sections'],
  'home.org': ['Xem cơ cấu tổ chức theo từng thời điểm, các nhóm đơn vị và tra cứu tên đơn vị.', 'Browse the organisation at any date, unit groups and name look-up.'],
  'home.people': ['Tra cứu và bổ sung thông tin cán bộ, đầu mối liên hệ.', 'Search and add contact people.'],
  'home.users': ['Quản lý tài khoản, vai trò và mật khẩu người dùng.', 'Manage accounts, roles and passwords.'],
  'home.audit': ['Xem các thao tác đã được ghi lại trên hệ thống.', 'Review the recorded actions.'],
  'home.account': ['Xem thông tin tài khoản và đổi mật khẩu.', 'See your account and change your password.'],

  'role.administrator': ['Quản trị hệ thống', 'Administrator'],
  'role.coordinator': ['Điều phối', 'Coordinator'],
  'role.officer': ['Cán bộ', 'Officer'],
  'role.approver': ['Người phê duyệt', 'Approver'],
  'role.press': ['Báo chí', 'Press'],
  'role.viewer': ['Người xem', 'Viewer'],
  'role.inUnit': ['{role} — {unit}', '{role} — {unit}'],

  'org.title': ['Cơ cấu tổ chức', 'Organisation'],
  'org.intro': ['Cơ cấu các cơ quan, đơn vị theo ngày được chọn.', 'Bodies and units as of the chosen date.'],
  'org.at': ['Xem cơ cấu tại ngày', 'Show the organisation on'],
  'org.atShown': ['Đang xem cơ cấu tại ngày {date}.', 'Showing the organisation on {date}.'],
  'org.quick': ['Chọn nhanh ngày', 'Quick dates'],
  'org.tree': ['Cây tổ chức', 'Organisation tree'],
  'org.count': ['Đang hiển thị {count} đơn vị.', 'Showing {count} units.'],
  'org.validity': ['từ {from} đến hết {to}', 'from {from} to the end of {to}'],
  'org.validityOpen': ['từ {from} đến nay', 'from {from} onwards'],
  'org.children': ['{count} đơn vị trực thuộc', '{count} subordinate units'],
  'org.expandAll': ['Mở rộng tất cả', 'Expand all'],
  'org.collapseAll': ['Thu gọn tất cả', 'Collapse all'],
  'groups.title': ['Nhóm đơn vị', 'Unit groups'],
  'groups.members': ['{count} thành viên', '{count} members'],
  'groups.aliases': ['Tên gọi khác: {list}', 'Also called: {list}'],
  'resolve.title': ['Tra cứu tên đơn vị', 'Look up a unit name'],
  'resolve.name': ['Tên đơn vị cần tra cứu', 'Unit name to look up'],
  'resolve.hint': ['Có thể nhập tên viết tắt hoặc tên cũ, ví dụ “UBND tỉnh”.', 'Abbreviations and former names work too.'],
  'resolve.submit': ['Tra cứu', 'Look up'],
  'resolve.result': ['Kết quả cho “{input}”:', 'Result for “{input}”:'],
  'resolve.unit': ['đơn vị', 'unit'],
  'resolve.group': ['nhóm', 'group'],
  'resolve.ambiguous': ['nhiều khả năng', 'several possible units'],
  'resolve.unresolved': ['không xác định', 'not recognised'],
  'resolve.groupName': ['Nhóm: {name}', 'Group: {name}'],

  'unit.back': ['Quay lại cơ cấu tổ chức', 'Back to the organisation'],
  'unit.details': ['Thông tin đơn vị', 'Unit details'],
  'unit.name': ['Tên đầy đủ', 'Full name'],
  'unit.shortName': ['Tên ngắn', 'Short name'],
  'unit.type': ['Loại hình', 'Type'],
  'unit.level': ['Cấp', 'Level'],
  'unit.parent': ['Đơn vị cấp trên', 'Parent unit'],
  'unit.abbreviations': ['Tên viết tắt', 'Abbreviations'],
  'unit.otherNames': ['Tên gọi khác', 'Other names'],
  'unit.place': ['Địa bàn', 'Place'],
  'unit.validity': ['Thời gian hiệu lực', 'Validity'],
  'unit.predecessors': ['Đơn vị tiền thân', 'Predecessors'],
  'work.title': ['Công việc của đơn vị', 'Work of the unit'],
  'work.self': ['Đơn vị đang hoạt động và tự thực hiện công việc của mình.', 'The unit is active and carries its own work.'],
  'work.nobody': ['Chưa có đơn vị tiếp nhận công việc', 'Nobody carries this work yet'],
  'work.nobodyCoordinator': ['Đơn vị đã giải thể mà không có đơn vị kế thừa. Hãy chỉ định đơn vị tiếp nhận các nhiệm vụ còn dở dang bên dưới.', 'The unit was abolished without a successor. Choose below who carries its open tasks.'],
  'work.nobodyOthers': ['Đơn vị đã giải thể mà không có đơn vị kế thừa; điều phối viên sẽ chỉ định đơn vị tiếp nhận.', 'The unit was abolished without a successor; the coordinator will choose who carries its work.'],
  'work.carriedBy': ['Công việc của đơn vị nay do', 'Its work is now carried by'],
  'work.bySuccession': ['thực hiện (theo quan hệ kế thừa).', '(by succession).'],
  'work.shared': ['cùng thực hiện (chuyển giao cho nhiều đơn vị; điều phối viên có thể chỉ định một đơn vị).', '(shared after a split or transfer; the coordinator may choose one).'],
  'work.byDecision': ['thực hiện (theo quyết định của điều phối viên).', '(by the coordinator’s decision).'],
  'work.partly': ['Một phần chức năng đã chuyển giao cho', 'Some functions were transferred to'],
  'work.partlyCoordinator': ['Nếu nhiệm vụ của đơn vị thuộc phần đã chuyển giao, hãy chỉ định đơn vị tiếp nhận ở dưới.', 'If the unit’s tasks belong to what was transferred, choose who carries them below.'],
  'work.inherited': ['Đơn vị đang tiếp nhận công việc của {count} đơn vị trước đây:', 'The unit carries the work of {count} former units:'],
  'work.decisions': ['Quyết định chuyển giao công việc', 'Decisions on who carries the work'],
  'work.decision': ['Từ ngày {date}: chuyển cho {name}. Lý do: {reason}', 'From {date}: passed to {name}. Reason: {reason}'],
  'work.clear': ['Bỏ quyết định này', 'Withdraw this decision'],
  'work.formTitle': ['Chỉ định đơn vị tiếp nhận công việc', 'Choose who carries the work'],
  'work.formIntro': ['Các nhiệm vụ, báo cáo và hồ sơ vẫn giữ tên đơn vị cũ; đơn vị được chọn sẽ thực hiện và báo cáo thay từ ngày hiệu lực.', 'Tasks, reports and records keep the former unit; the chosen unit carries and reports on them from the date.'],
  'work.to': ['Đơn vị tiếp nhận', 'Unit that takes over'],
  'work.choose': ['— Chọn đơn vị —', '— Choose a unit —'],
  'work.effectiveOn': ['Ngày hiệu lực', 'From'],
  'work.reason': ['Lý do (bắt buộc)', 'Reason (required)'],
  'work.submit': ['Lưu quyết định', 'Save the decision'],
  'unit.successors': ['Đơn vị kế thừa', 'Successors'],
  'unit.related': ['Đơn vị', 'Unit'],
  'unit.kind': ['Hình thức', 'Kind'],
  'unit.effectiveOn': ['Ngày hiệu lực', 'Effective on'],
  'unit.noName': ['(không có đơn vị kế thừa)', '(no successor unit)'],
  'kind.merge': ['Sáp nhập', 'Merger'],
  'kind.merged': ['Sáp nhập', 'Merger'],
  'kind.split': ['Chia tách', 'Split'],
  'kind.rename': ['Đổi tên', 'Renaming'],
  'kind.renamed': ['Đổi tên', 'Renaming'],
  'kind.absorb': ['Hợp nhất vào', 'Absorbed'],
  'kind.transfer': ['Chuyển giao', 'Transfer'],
  'kind.dissolve': ['Giải thể', 'Dissolution'],
  'kind.abolish': ['Chấm dứt hoạt động, chuyển giao nhiệm vụ', 'Abolished, duties handed over'],
  'kind.dissolved': ['Giải thể', 'Dissolution'],
  'kind.reorganize': ['Tổ chức lại', 'Reorganisation'],

  'people.title': ['Danh bạ cán bộ', 'People'],
  'people.intro': ['Cán bộ, đầu mối liên hệ của các cơ quan, đơn vị.', 'Officers and contact people of the units.'],
  'people.search': ['Tìm theo họ tên', 'Search by name'],
  'people.searchHint': ['Có thể gõ không dấu.', 'Accents are optional.'],
  'people.caption': ['Danh sách cán bộ', 'List of people'],
  'people.fullName': ['Họ và tên', 'Full name'],
  'people.jobTitle': ['Chức vụ', 'Title'],
  'people.unit': ['Đơn vị', 'Unit'],
  'people.email': ['Thư điện tử', 'Email'],
  'people.phone': ['Số điện thoại', 'Phone'],
  'people.add': ['Thêm cán bộ', 'Add a person'],
  'people.nameRequired': ['Vui lòng nhập họ và tên.', 'Please enter the full name.'],
  'people.unitRequired': ['Vui lòng chọn đơn vị.', 'Please choose a unit.'],
  'people.added': ['Đã thêm {name}.', '{name} has been added.'],

  'users.title': ['Người dùng', 'Users'],
  'users.intro': ['Tài khoản, vai trò và trạng thái của người dùng trang quản trị.', 'Back-office accounts, roles and status.'],
  'users.search': ['Tìm theo tên hoặc tên đăng nhập', 'Search by name or username'],
  'users.caption': ['Danh sách tài khoản', 'Accounts'],
  'users.username': ['Tên đăng nhập', 'Username'],
  'users.displayName': ['Tên hiển thị', 'Display name'],
  'users.roles': ['Vai trò', 'Roles'],
  'users.status': ['Trạng thái', 'Status'],
  'users.active': ['Đang hoạt động', 'Active'],
  'users.disabled': ['Đã vô hiệu hoá', 'Disabled'],
  'users.lastSignIn': ['Đăng nhập gần nhất', 'Last sign-in'],
  'users.never': ['Chưa đăng nhập', 'Never'],
  'users.actions': ['Thao tác', 'Actions'],
  'users.disable': ['Vô hiệu hoá', 'Disable'],
  'users.enable': ['Kích hoạt lại', 'Enable'],
  'users.confirmDisable': ['Vô hiệu hoá tài khoản {name}? Mọi phiên đăng nhập của tài khoản sẽ kết thúc.', 'Disable {name}? All of their sessions will end.'],
  'users.confirmEnable': ['Kích hoạt lại tài khoản {name}?', 'Enable {name} again?'],
  'users.disabledOk': ['Đã vô hiệu hoá tài khoản {name}.', '{name} has been disabled.'],
  'users.enabledOk': ['Đã kích hoạt lại tài khoản {name}.', '{name} has been enabled.'],
  'users.reset': ['Đặt lại mật khẩu', 'Reset password'],
  'users.resetFor': ['Đặt lại mật khẩu cho {name}', 'Reset the password of {name}'],
  'users.resetHint': ['Ít nhất 10 ký tự. Mọi phiên đăng nhập của người dùng sẽ kết thúc.', 'At least 10 characters. All of the user’s sessions will end.'],
  'users.resetOk': ['Đã đặt lại mật khẩu cho {name}.', 'The password of {name} has been reset.'],
  'users.create': ['Tạo tài khoản', 'Create an account'],
  'users.created': ['Đã tạo tài khoản {name}.', 'Account {name} has been created.'],
  'users.initialPassword': ['Mật khẩu ban đầu', 'Initial password'],
  'users.passwordHint': ['Ít nhất 10 ký tự. Người dùng sẽ được yêu cầu đổi mật khẩu.', 'At least 10 characters; the user will be asked to change it.'],
  'users.rolesLegend': ['Vai trò và đơn vị', 'Roles and units'],
  'users.roleN': ['Vai trò {n}', 'Role {n}'],
  'users.unitN': ['Đơn vị {n}', 'Unit {n}'],
  'users.rolePlaceholder': ['— Chọn vai trò —', '— Choose a role —'],
  'users.addRole': ['Thêm vai trò', 'Add a role'],
  'users.removeRole': ['Bỏ vai trò {n}', 'Remove role {n}'],
  'users.usernameRequired': ['Vui lòng nhập tên đăng nhập.', 'Please enter a username.'],
  'users.displayNameRequired': ['Vui lòng nhập tên hiển thị.', 'Please enter a display name.'],
  'users.passwordShort': ['Mật khẩu phải có ít nhất 10 ký tự.', 'The password must have at least 10 characters.'],
  'users.rolesRequired': ['Mỗi vai trò cần chọn cả vai trò và đơn vị; cần ít nhất một vai trò.', 'Each role needs a role and a unit; at least one role is required.'],

  'audit.title': ['Nhật ký hệ thống', 'Audit log'],
  'audit.intro': ['Các thao tác gần nhất, mới nhất ở trên cùng. Nhật ký không thể sửa hoặc xoá.', 'Latest actions first. The log cannot be edited or deleted.'],
  'audit.caption': ['Các thao tác đã ghi nhận', 'Recorded actions'],
  'audit.seq': ['Số thứ tự', 'No.'],
  'audit.at': ['Thời điểm', 'Time'],
  'audit.actor': ['Người thực hiện', 'Actor'],
  'audit.action': ['Thao tác', 'Action'],
  'audit.subject': ['Đối tượng', 'Subject'],
  'audit.summary': ['Nội dung thay đổi', 'Changes'],
  'audit.requestId': ['Mã yêu cầu', 'Request ID'],
  'audit.more': ['Xem thêm', 'Show more'],
  'audit.filters': ['Lọc nhật ký', 'Filter the log'],
  'audit.filterActor': ['Người thực hiện', 'Who'],
  'audit.filterAction': ['Thao tác', 'Action'],
  'audit.filterSubject': ['Loại đối tượng', 'Record type'],
  'audit.filterFrom': ['Từ ngày', 'From'],
  'audit.filterTo': ['Đến ngày', 'To'],
  'audit.filterAll': ['— Tất cả —', '— All —'],
  'audit.filterApply': ['Lọc', 'Filter'],
  'audit.filterClear': ['Bỏ lọc', 'Clear filters'],
  'audit.filterToBeforeFrom': ['Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', 'The end date must not be before the start date.'],
  'audit.export': ['Tải danh sách đã lọc', 'Download the filtered list'],
  'audit.exportCsv': ['Tải tệp CSV', 'Download CSV'],
  'audit.exportXlsx': ['Tải tệp Excel', 'Download Excel'],
  'audit.details': ['Chi tiết', 'Details'],
  'audit.detailsFor': ['Chi tiết kỹ thuật của mục {seq}', 'Technical details of entry {seq}'],
  'audit.noChanges': ['Không có thay đổi nào để hiển thị.', 'No changes to show.'],
  'audit.changeTo': ['{label}: {before} → {after}', '{label}: {before} → {after}'],
  'audit.changeSet': ['{label}: {value}', '{label}: {value}'],
  'audit.emptyFiltered': ['Không có mục nào khớp bộ lọc.', 'No entry matches the filters.'],
  'audit.count': ['Đang hiển thị {count} mục.', 'Showing {count} entries.'],
  'audit.end': ['Đã hiển thị toàn bộ nhật ký.', 'This is the whole log.'],
  'audit.verify': ['Kiểm tra tính toàn vẹn', 'Check integrity'],
  'audit.verifyIntro': [
    'Tính lại chuỗi băm của toàn bộ nhật ký và đối chiếu với các mốc kiểm tra ghi ngoài cơ sở dữ liệu mỗi đêm.',
    'Recomputes the hash chain of the whole log and compares it with the checkpoints recorded outside the database each night.',
  ],
  'audit.verifyOk': ['Nhật ký nguyên vẹn', 'The log is intact'],
  'audit.verifyOkBody': [
    '{rows} dòng; khớp {checkpoints} mốc kiểm tra (mốc gần nhất: {last}).',
    '{rows} entries; {checkpoints} checkpoints matched (latest: {last}).',
  ],
  'audit.verifyNoCheckpointTitle': ['Chuỗi băm nguyên vẹn, nhưng chưa có mốc kiểm tra', 'The hash chain is intact, but there is no checkpoint yet'],
  'audit.verifyNoCheckpointBody': [
    '{rows} dòng không bị sửa. Chưa có mốc kiểm tra nào ngoài cơ sở dữ liệu (tác vụ hằng đêm ghi mốc; hoặc chạy "npm run cli -- audit checkpoint"), nên chưa phát hiện được việc xoá các dòng mới nhất.',
    '{rows} entries unaltered. No checkpoint has been recorded outside the database yet (the nightly job records one; or run "npm run cli -- audit checkpoint"), so removal of the newest entries cannot be detected yet.',
  ],
  'audit.verifyBad': ['Nhật ký đã bị sửa hoặc xoá', 'The log has been altered or cut'],
  'audit.verifyBadBody': ['Dòng đầu tiên sai: số {seq}. {reason}.', 'First bad entry: no. {seq}. {reason}.'],
  'audit.verifyBadFile': ['Tệp mốc kiểm tra có dòng không tin được', 'The checkpoint file has lines that cannot be trusted'],
  'audit.verifyBadLine': ['Dòng {line}: {reason}.', 'Line {line}: {reason}.'],

  'account.title': ['Tài khoản của tôi', 'My account'],
  'account.info': ['Thông tin tài khoản', 'Account'],
  'account.password': ['Đổi mật khẩu', 'Change password'],
  'account.current': ['Mật khẩu hiện tại', 'Current password'],
  'account.new': ['Mật khẩu mới', 'New password'],
  'account.repeat': ['Nhập lại mật khẩu mới', 'Repeat the new password'],
  'account.newHint': ['Ít nhất 10 ký tự.', 'At least 10 characters.'],
  'account.currentMissing': ['Vui lòng nhập mật khẩu hiện tại.', 'Please enter your current password.'],
  'account.tooShort': ['Mật khẩu mới phải có ít nhất 10 ký tự.', 'The new password must have at least 10 characters.'],
  'account.mismatch': ['Mật khẩu nhập lại không khớp với mật khẩu mới.', 'The repeated password does not match the new password.'],
  'account.submit': ['Đổi mật khẩu', 'Change password'],
  'account.changed': ['Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.', 'Your password has been changed. Your other sessions have ended.'],

  'forbidden.title': ['Không có quyền truy cập', 'Access denied'],
  'forbidden.body': ['Tài khoản của bạn không được phép xem trang này.', 'Your account may not open this page.'],
  'notFound.title': ['Không tìm thấy trang', 'Page not found'],
  'notFound.body': ['Địa chỉ này không tồn tại trong trang quản trị.', 'This address does not exist in the back office.'],
} as const satisfies Record<string, readonly [string, string]>;

const entries = { ...baseEntries, ...planEntries, ...planViewEntries, ...policyEntries, ...notificationEntries, ...accountEntries, ...confirmationEntries, ...orgImportEntries };

/** Supported interface languages. */
export type Lang = 'vi' | 'en';
/** Key of an interface text. */
export type MessageKey = keyof typeof entries;
/** Values substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;
/** Translation function handed to components. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

function pick(index: 0 | 1): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of Object.keys(entries) as MessageKey[]) out[key] = entries[key][index];
  return out;
}

/** Vietnamese texts (first language). */
export const vi: Record<MessageKey, string> = pick(0);
/** English texts (second language). */
export const en: Record<MessageKey, string> = pick(1);

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** Returns the text for a key in a language with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Tells whether a string is a known message key (used for server-provided codes like succession kinds). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(entries, key);
}
