<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>This key combination cannot be used: it needs Ctrl, Alt or Meta and a letter, digit or F1-F24.</source>
        <translation>Không dùng được tổ hợp phím này: cần có Ctrl, Alt hoặc Meta cùng một chữ cái, chữ số hoặc F1-F24.</translation>
    </message>
    <message>
        <source>Another program already uses this key combination: choose another.</source>
        <translation>Một chương trình khác đã dùng tổ hợp phím này: hãy chọn tổ hợp khác.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not let a program take a key from other programs. Copy the number and use “Call the copied number” in the tray menu instead.</source>
        <translation>Màn hình làm việc này (Wayland) không cho một chương trình nhận phím từ các chương trình khác. Hãy sao chép số rồi dùng “Gọi số đã sao chép” trong menu khay hệ thống.</translation>
    </message>
    <message>
        <source>On macOS a key for every program needs the Accessibility permission, which this version does not ask for yet. Copy the number and use “Call the copied number” in the menu bar icon.</source>
        <translation>Trên macOS, phím dùng cho mọi chương trình cần quyền Trợ năng (Accessibility), mà phiên bản này chưa xin. Hãy sao chép số rồi dùng “Gọi số đã sao chép” ở biểu tượng trên thanh menu.</translation>
    </message>
    <message>
        <source>There is no desktop here, so no key for every program.</source>
        <translation>Ở đây không có màn hình làm việc nên không có phím dùng cho mọi chương trình.</translation>
    </message>
    <message>
        <source>The python-xlib package is missing, so no key for every program.</source>
        <translation>Thiếu gói python-xlib nên không có phím dùng cho mọi chương trình.</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>Ext.</source>
        <extracomment>extension → agent name from the agents list, for calls whose answer names no agent (TEL4VN) call id → &quot;listen&quot; | &quot;whisper&quot; | &quot;barge&quot;: what the supervisor is doing on that call call id → alert level (&quot;warn&quot; | &quot;error&quot;): rows an alert points at, painted in that colour</extracomment>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Callers waiting: %1 (alert at %2).</source>
        <translation>Khách đang chờ: %1 (cảnh báo từ %2).</translation>
    </message>
    <message>
        <source>A caller has waited %1 s (alert at %2 s).</source>
        <translation>Có khách đã chờ %1 giây (cảnh báo từ %2 giây).</translation>
    </message>
    <message>
        <source>Answer rate this hour: %1 % (alert below %2 %).</source>
        <translation>Tỷ lệ nghe máy trong giờ này: %1 % (cảnh báo dưới %2 %).</translation>
    </message>
    <message>
        <source>Extension %1: softphone not registered.</source>
        <translation>Máy nhánh %1: softphone chưa đăng ký.</translation>
    </message>
    <message>
        <source>Extension %1 has been paused for %2 min.</source>
        <translation>Máy nhánh %1 đã tạm nghỉ %2 phút.</translation>
    </message>
    <message>
        <source>Extension %1 has been ringing for %2 min.</source>
        <translation>Máy nhánh %1 đã đổ chuông %2 phút.</translation>
    </message>
    <message>
        <source>Extension %1 has been on a call for %2 min.</source>
        <translation>Máy nhánh %1 đã nghe máy liên tục %2 phút.</translation>
    </message>
    <message>
        <source>The PBX cannot be read: the figures are out of date.</source>
        <translation>Không đọc được tổng đài: số liệu đã cũ.</translation>
    </message>
    <message>
        <source>Call events are not arriving: screen-pops may be missed.</source>
        <translation>Sự kiện cuộc gọi không về: có thể bỏ lỡ cửa sổ cuộc gọi đến.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Listen</source>
        <translation>Nghe xen</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Nói riêng</translation>
    </message>
    <message>
        <source>Barge</source>
        <translation>Chen vào</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển cuộc gọi…</translation>
    </message>
    <message>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation>Nghe cuộc gọi trên điện thoại của bạn; không ai nghe thấy bạn</translation>
    </message>
    <message>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation>Nói với nhân viên qua điện thoại của bạn; khách hàng không nghe thấy bạn</translation>
    </message>
    <message>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation>Tham gia cuộc gọi trên điện thoại của bạn: cả nhân viên và khách hàng đều nghe thấy bạn</translation>
    </message>
    <message>
        <source>Move the call to another extension</source>
        <translation>Chuyển cuộc gọi sang máy nhánh khác</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>một số không xác định</translation>
    </message>
    <message>
        <source>Listening to the call of %1 with %2 on your extension %3.</source>
        <translation>Đang nghe cuộc gọi của %1 với %2 trên máy nhánh %3 của bạn.</translation>
    </message>
    <message>
        <source>Whispering into the call of %1 with %2 from your extension %3: only the agent hears you.</source>
        <translation>Đang nói nhỏ vào cuộc gọi của %1 với %2 từ máy nhánh %3 của bạn: chỉ nhân viên nghe thấy bạn.</translation>
    </message>
    <message>
        <source>Joined the call of %1 with %2 from your extension %3.</source>
        <translation>Đã tham gia cuộc gọi của %1 với %2 từ máy nhánh %3 của bạn.</translation>
    </message>
    <message>
        <source>The call of %1 with %2 was transferred to extension %3.</source>
        <translation>Cuộc gọi của %1 với %2 đã được chuyển tới máy nhánh %3.</translation>
    </message>
    <message>
        <source>The call of %1 with %2 has ended: the PBX no longer knows it.</source>
        <translation>Cuộc gọi của %1 với %2 đã kết thúc: tổng đài không còn cuộc gọi này.</translation>
    </message>
    <message>
        <source>Join the call of %1 with %2 from your extension %3? The agent and the customer will both hear you.</source>
        <translation>Tham gia cuộc gọi của %1 với %2 từ máy nhánh %3 của bạn? Cả nhân viên và khách hàng sẽ nghe thấy bạn.</translation>
    </message>
    <message>
        <source>Asking the PBX: %1 on the call of %2 with %3…</source>
        <translation>Đang yêu cầu tổng đài: %1 cuộc gọi của %2 với %3…</translation>
    </message>
    <message>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation>Máy nhánh %1 chưa đăng nhập softphone nên không thể chuyển cuộc gọi sang đó.</translation>
    </message>
    <message>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation>Máy nhánh %1 của bạn chưa đăng nhập softphone: hãy mở softphone và thử lại.</translation>
    </message>
    <message>
        <source>Extension %1 is busy on another call.</source>
        <translation>Máy nhánh %1 đang bận một cuộc gọi khác.</translation>
    </message>
    <message>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation>Máy nhánh %1 của bạn đang trong một cuộc gọi hoặc đang nghe xen một cuộc gọi.</translation>
    </message>
    <message>
        <source>The PBX has no extension %1.</source>
        <translation>Tổng đài không có máy nhánh %1.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation>Hồ sơ của bạn chưa có máy nhánh để nghe: hãy đặt máy nhánh rồi đăng nhập lại.</translation>
    </message>
    <message>
        <source>Select a call in the table first.</source>
        <translation>Hãy chọn một cuộc gọi trong bảng trước.</translation>
    </message>
    <message>
        <source>Barge into the call?</source>
        <translation>Chen vào cuộc gọi?</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Chen vào</translation>
    </message>
</context>
<context>
    <name>CallCardView</name>
    <message>
        <source>Put the ended call away</source>
        <translation>Cất cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển cuộc gọi…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Mở CRM</translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Đang gọi đi…</translation>
    </message>
    <message>
        <source>Incoming call, ringing</source>
        <translation>Cuộc gọi đến, đang đổ chuông</translation>
    </message>
    <message>
        <source>On call · %1</source>
        <translation>Đang đàm thoại · %1</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Cuộc gọi đã kết thúc · %1</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Không ai nghe</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <source>Move this call to a colleague</source>
        <translation>Chuyển cuộc gọi này cho đồng nghiệp</translation>
    </message>
    <message>
        <source>Open the customer in the CRM</source>
        <translation>Mở khách hàng trong CRM</translation>
    </message>
    <message>
        <source>No CRM address is set in this profile</source>
        <translation>Hồ sơ này chưa đặt địa chỉ CRM</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã nghe máy</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <source>Double-click a call to call the number back</source>
        <translation>Nhấp đúp vào một cuộc gọi để gọi lại số đó</translation>
    </message>
    <message>
        <source>Calls to and from your extension appear here.</source>
        <translation>Các cuộc gọi đến và đi của máy nhánh của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Calls this session</source>
        <translation>Cuộc gọi trong phiên này</translation>
    </message>
    <message>
        <source>lost track</source>
        <translation>mất dấu</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Not started</source>
        <translation>Chưa chạy</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Autodialer</source>
        <translation>Quay số tự động</translation>
    </message>
    <message>
        <source>Autocall (IVR)</source>
        <translation>Gọi tự động (IVR)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Nghe máy</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 khách hàng</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Chiến dịch mới…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <source>Export report (CSV)…</source>
        <translation>Xuất báo cáo (CSV)…</translation>
    </message>
    <message>
        <source>Do not call…</source>
        <translation>Chặn gọi…</translation>
    </message>
    <message>
        <source>%1 cannot list its queues, so this list shows the queues this desk created (kept in %2). Progress comes from the PBX&apos;s customer statuses.</source>
        <translation>%1 không có API liệt kê hàng đợi, nên danh sách này là các hàng đợi do máy này tạo (lưu trong %2). Tiến độ lấy từ trạng thái khách hàng trên tổng đài.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ gọi</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Nghe máy</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Bị ngắt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Chặn gọi</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 called, %4 answered, %5 still to call.</source>
        <translation>%1: %2 khách hàng, đã gọi %3, nghe máy %4, còn %5 chưa gọi.</translation>
    </message>
    <message>
        <source>Creating “%1” with %2 customers…</source>
        <translation>Đang tạo “%1” với %2 khách hàng…</translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation>Đã tạo “%1” (%2).</translation>
    </message>
    <message>
        <source>The PBX refused %1 customer(s): %2</source>
        <translation>Tổng đài từ chối %1 khách hàng: %2</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>Đã chạy “%1”.</translation>
    </message>
    <message>
        <source>Stopped “%1”: calls already placed go on.</source>
        <translation>Đã dừng “%1”: các cuộc gọi đã quay vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Đã xoá “%1”.</translation>
    </message>
    <message>
        <source>Delete a campaign</source>
        <translation>Xoá chiến dịch</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” (%2)? It stops dialling and cannot be undone.</source>
        <translation>Xoá chiến dịch “%1” (%2)? Chiến dịch ngừng quay số và không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>%1 blocked in %2.</source>
        <translation>Đã chặn %1 trong %2.</translation>
    </message>
    <message>
        <source>%1 is in no autocall queue this desk created: nothing to block.</source>
        <translation>%1 không có trong hàng đợi gọi tự động nào do máy này tạo: không có gì để chặn.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation>Đã ghi %1 khách hàng vào %2.</translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Chuyển tiếp cuộc gọi</translation>
    </message>
    <message>
        <source>Colleague&apos;s name or extension</source>
        <translation>Tên hoặc máy nhánh của đồng nghiệp</translation>
    </message>
    <message>
        <source>Loading your colleagues…</source>
        <translation>Đang tải danh sách đồng nghiệp…</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Transfer your call with %1 to:</source>
        <translation>Chuyển cuộc gọi của bạn với %1 tới:</translation>
    </message>
    <message>
        <source>No colleagues are listed: type an extension.</source>
        <translation>Chưa có danh sách đồng nghiệp: hãy gõ số máy nhánh.</translation>
    </message>
    <message>
        <source>Your colleagues could not be listed (%1): type an extension.</source>
        <translation>Không tải được danh sách đồng nghiệp (%1): hãy gõ số máy nhánh.</translation>
    </message>
    <message>
        <source>Not signed in on a softphone: the call cannot go there</source>
        <translation>Chưa đăng nhập softphone: không thể chuyển cuộc gọi tới đó</translation>
    </message>
    <message>
        <source>Choose a colleague or type an extension.</source>
        <translation>Hãy chọn một đồng nghiệp hoặc gõ số máy nhánh.</translation>
    </message>
    <message>
        <source>“%1” is not an extension.</source>
        <translation>“%1” không phải là máy nhánh.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo PBX could not start: %1</source>
        <translation>Không khởi động được tổng đài demo: %1</translation>
    </message>
    <message>
        <source>Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.</source>
        <translation>Chế độ demo: tổng đài mô phỏng tại %1 gửi một cuộc gọi đến sau mỗi vài giây. Không cuộc gọi nào đến điện thoại thật.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nhỡ</translation>
    </message>
    <message>
        <source>Softphone not registered</source>
        <extracomment>masks every secret a sign-in resolves in every log line; ``app.main()`` installs it this launch&apos;s arguments, handed to the window already listening on our name if one is found when we listen (two launches at once; ``app.main`` sets them); None: run beside it coroutines run on quit, after signing out (the demo stops its simulator here) notices an upgrade of the installed program (None when run from source: nothing is installed)</extracomment>
        <translation>Softphone chưa đăng ký</translation>
    </message>
    <message>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation>Hồ sơ đang được dùng nhưng chưa được lưu vì tệp cấu hình có lỗi: %1</translation>
    </message>
    <message>
        <source>The profile is used but not saved: the config file holds secrets written by hand (profile %1), which saving would remove. Store them in the keyring with “agent-desk secret set” or in environment variables, then remove them from the file.</source>
        <translation>Hồ sơ đang được dùng nhưng chưa được lưu: tệp cấu hình có thông tin bí mật được ghi tay (hồ sơ %1), và việc lưu sẽ xóa chúng. Hãy lưu chúng vào keyring bằng “agent-desk secret set” hoặc vào biến môi trường, rồi xóa chúng khỏi tệp.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Agent Desk is already open with profile “%1”, so it did not switch to “%2”. To use “%2”, sign out and choose it.</source>
        <translation>Agent Desk đang mở với hồ sơ “%1”, nên không chuyển sang “%2”. Để dùng “%2”, hãy đăng xuất rồi chọn hồ sơ đó.</translation>
    </message>
    <message>
        <source>The number will be dialled once you are signed in.</source>
        <translation>Số này sẽ được gọi ngay khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>Agent Desk was updated. It restarts by itself as soon as no call is open, or quit and start it again now.</source>
        <translation>Agent Desk vừa được cập nhật. Ứng dụng sẽ tự khởi động lại ngay khi không có cuộc gọi nào đang mở, hoặc bạn có thể thoát rồi mở lại ngay.</translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation>Gọi nhỡ (%1)</translation>
    </message>
    <message>
        <source>Time to call back %1 (Missed tab: Call now).</source>
        <translation>Đến giờ gọi lại cho %1 (tab Gọi nhỡ: Gọi ngay).</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Đến hẹn gọi lại</translation>
    </message>
    <message>
        <source>Call back %1 — click to call now</source>
        <translation>Gọi lại cho %1 — bấm để gọi ngay</translation>
    </message>
    <message>
        <source>Agent Desk is still running</source>
        <translation>Agent Desk vẫn đang chạy</translation>
    </message>
    <message>
        <source>It keeps listening for your calls in the tray. To quit, use Quit in the tray menu.</source>
        <translation>Ứng dụng vẫn nghe cuộc gọi của bạn ở khay hệ thống. Để thoát, chọn Thoát trong menu ở khay.</translation>
    </message>
    <message>
        <source>Supervisor alert</source>
        <translation>Cảnh báo giám sát</translation>
    </message>
    <message>
        <source>Nothing is selected or copied: select or copy a phone number first.</source>
        <translation>Chưa chọn hoặc sao chép gì: hãy chọn hoặc sao chép một số điện thoại trước.</translation>
    </message>
    <message>
        <source>Cannot call</source>
        <translation>Không gọi được</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <source>Dial the phone number on the clipboard</source>
        <translation>Gọi số điện thoại đang có trong bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ngừng chờ</translation>
    </message>
    <message>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation>Ngừng chờ điện thoại của bạn. Cuộc gọi không bị rút lại và không bao giờ được gọi hai lần.</translation>
    </message>
    <message>
        <source>The clipboard holds no phone number.</source>
        <translation>Bộ nhớ tạm không có số điện thoại nào.</translation>
    </message>
    <message>
        <source>Your phone rings first; the customer is dialled when you pick up.</source>
        <translation>Điện thoại của bạn đổ chuông trước; khách hàng được gọi khi bạn nhấc máy.</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Sign in to place calls.</source>
        <translation>Hãy đăng nhập để gọi điện.</translation>
    </message>
    <message>
        <source>%1 has no click-to-call API, so calls are placed from your phone.</source>
        <translation>%1 không có API click-to-call, vì vậy hãy gọi trực tiếp từ điện thoại của bạn.</translation>
    </message>
    <message>
        <source>A call is already being placed: wait for it or stop waiting first.</source>
        <translation>Đang có một cuộc gọi được thực hiện: hãy chờ hoặc ngừng chờ trước đã.</translation>
    </message>
    <message>
        <source>Ringing your phone… pick it up to call %1.</source>
        <translation>Đang đổ chuông điện thoại của bạn… hãy nhấc máy để gọi %1.</translation>
    </message>
    <message>
        <source>Placing the call to %1…</source>
        <translation>Đang gọi %1…</translation>
    </message>
    <message>
        <source>Stopped waiting. The call to %1 may still ring your phone; it will not be placed again.</source>
        <translation>Đã ngừng chờ. Cuộc gọi tới %1 vẫn có thể đổ chuông điện thoại của bạn; cuộc gọi sẽ không được thực hiện lại.</translation>
    </message>
    <message>
        <source>The call to %1 you stopped waiting for failed: %2</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ không thành công: %2</translation>
    </message>
    <message>
        <source>The call to %1 you stopped waiting for went through.</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ đã được kết nối.</translation>
    </message>
    <message>
        <source>Your phone picked up: calling %1.</source>
        <translation>Bạn đã nhấc máy: đang gọi %1.</translation>
    </message>
    <message>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation>Đã đặt cuộc gọi tới %1: điện thoại của bạn sẽ đổ chuông.</translation>
    </message>
</context>
<context>
    <name>DncDialog</name>
    <message>
        <source>Do not call</source>
        <translation>Chặn gọi</translation>
    </message>
    <message>
        <source>One number a line, e.g. 0901234567</source>
        <translation>Mỗi dòng một số, ví dụ 0901234567</translation>
    </message>
    <message>
        <source>The numbers are blocked in the autocall queues this desk created whose customers have them; calls already placed go on.</source>
        <translation>Các số bị chặn trong những hàng đợi gọi tự động do máy này tạo có khách hàng mang số đó; cuộc gọi đã quay vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Chặn</translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation>Không phải số điện thoại: %1</translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation>Hãy nhập ít nhất một số.</translation>
    </message>
</context>
<context>
    <name>DueCallbacks</name>
    <message>
        <source>Call now</source>
        <translation>Gọi ngay</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Callbacks due:</source>
        <translation>Cuộc gọi lại đến hẹn:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nhỡ</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation>Mã khách hàng: %1</translation>
    </message>
    <message>
        <source>▶ Recording</source>
        <translation>▶ Ghi âm</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Any direction</source>
        <translation>Mọi chiều gọi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Customer&apos;s number or name (Ctrl+F)</source>
        <translation>Số hoặc tên khách hàng (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only my extension</source>
        <translation>Chỉ máy nhánh của tôi</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Double-click a call, or press Enter, to call the number back</source>
        <translation>Nhấp đúp vào một cuộc gọi hoặc nhấn Enter để gọi lại số đó</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Save the calls loaded so far as a CSV file</source>
        <translation>Lưu các cuộc gọi đã tải thành tệp CSV</translation>
    </message>
    <message>
        <source>No call loaded so far is with “%1”.</source>
        <translation>Chưa có cuộc gọi nào đã tải với “%1”.</translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Ngày bắt đầu nằm sau ngày kết thúc: hãy sửa một trong hai ngày.</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Đang tải cuộc gọi…</translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation>Không có cuộc gọi nào khớp với bộ lọc này.</translation>
    </message>
    <message>
        <source>None of the calls loaded so far match; “Load more” looks further.</source>
        <translation>Chưa có cuộc gọi nào đã tải khớp với bộ lọc; bấm “Tải thêm” để tìm tiếp.</translation>
    </message>
    <message>
        <source>%1 gives no access to call recordings.</source>
        <translation>%1 không cho phép truy cập ghi âm cuộc gọi.</translation>
    </message>
    <message>
        <source>Select a call to play its recording.</source>
        <translation>Hãy chọn một cuộc gọi để nghe ghi âm.</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>Cuộc gọi này không có ghi âm.</translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation>Xuất danh sách cuộc gọi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The calls could not be saved to %1: %2</source>
        <translation>Không lưu được các cuộc gọi vào %1: %2</translation>
    </message>
    <message>
        <source>%1 calls saved to %2.</source>
        <translation>Đã lưu %1 cuộc gọi vào %2.</translation>
    </message>
    <message>
        <source>Sign in to see your call history.</source>
        <translation>Hãy đăng nhập để xem lịch sử cuộc gọi.</translation>
    </message>
    <message>
        <source>%1 has no call history API, so past calls cannot be listed here.</source>
        <translation>%1 không có API lịch sử cuộc gọi, nên không thể liệt kê các cuộc gọi trước đây tại đây.</translation>
    </message>
    <message>
        <source>All %1 calls loaded</source>
        <translation>Đã tải hết %1 cuộc gọi</translation>
    </message>
    <message>
        <source>%1 of %2 calls loaded</source>
        <translation>Đã tải %1 / %2 cuộc gọi</translation>
    </message>
    <message>
        <source>%1 calls loaded; more on the PBX</source>
        <translation>Đã tải %1 cuộc gọi; tổng đài vẫn còn</translation>
    </message>
    <message>
        <source>Call the selected customer back</source>
        <translation>Gọi lại cho khách hàng đã chọn</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>missed</source>
        <translation>gọi nhỡ</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>đang đàm thoại</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>gọi đến</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>gọi đi</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số máy</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Call %1 back</source>
        <translation>Gọi lại cho %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search number, customer, note or disposition</source>
        <translation>Tìm theo số máy, khách hàng, ghi chú hoặc kết quả</translation>
    </message>
    <message>
        <source>Select a call to write its note.</source>
        <translation>Chọn một cuộc gọi để ghi chú.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <source>Disposition:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Sign in to see your journal.</source>
        <translation>Đăng nhập để xem nhật ký cuộc gọi của bạn.</translation>
    </message>
    <message>
        <source>The newest %1 calls; search to find older ones.</source>
        <translation>%1 cuộc gọi mới nhất; hãy tìm kiếm để thấy các cuộc gọi cũ hơn.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Tìm thấy: %1</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Cuộc gọi: %1</translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation>Chưa có cuộc gọi nào.</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <source>Wrap-up code, saved at once</source>
        <translation>Mã kết quả cuộc gọi, được lưu ngay khi chọn</translation>
    </message>
    <message>
        <source>This profile has no wrap-up codes (dispositions in the config).</source>
        <translation>Hồ sơ này chưa có mã kết quả (mục dispositions trong tệp cấu hình).</translation>
    </message>
    <message>
        <source>This note could not be read from the journal (%1). Select the call again in a moment.</source>
        <translation>Không đọc được ghi chú này từ nhật ký (%1). Lát nữa hãy chọn lại cuộc gọi này.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <source>Call</source>
        <extracomment>row colours of alert levels: light tints under dark text, and deep ones under light text (dark theme) GUI time (seconds) one slice of a big insert may spend making rows: half a 16 ms frame rows put in at a time by a big insert into a table that has rows (as many chunks a turn as fit SLICE_BUDGET): the model&apos;s lists, the proxy&apos;s mapping and the view&apos;s header take them in a millisecond or two columns whose cells are right-aligned numbers the last waiting row of a sliced insert is in rows of an insert still to come, by id: [row, (sort values, haystack) once made, else None] a first load&apos;s waiting rows, made and sorted, for its one insert on the next turn (None: not yet) rows from this one on may have moved since the id → row index was made (see :meth:`_renumber`) ``texts(row)``: the display text of each column (every subclass defines the method) ``sort_values(row)``: the value the model sorts each column on (numbers or text, never None) a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>↙ in</source>
        <translation>↙ gọi vào</translation>
    </message>
    <message>
        <source>↗ out</source>
        <translation>↗ gọi ra</translation>
    </message>
    <message>
        <source>↔ internal</source>
        <translation>↔ nội bộ</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Đàm thoại</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
    <message>
        <source>you are listening</source>
        <translation>bạn đang nghe</translation>
    </message>
    <message>
        <source>you are whispering</source>
        <translation>bạn đang nhắc</translation>
    </message>
    <message>
        <source>you joined</source>
        <translation>bạn đã tham gia</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>User name</source>
        <extracomment>The translation context of every label here (Qt&apos;s lupdate reads the markers below).</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation>Tài khoản SIP</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <source>Password (instead of an API key)</source>
        <translation>Mật khẩu (thay cho khóa API)</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Mã bí mật ứng dụng</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>Mật khẩu SIP</translation>
    </message>
    <message>
        <source>Company key</source>
        <translation>Khóa công ty</translation>
    </message>
    <message>
        <source>Webhook secret (optional)</source>
        <translation>Mã bí mật webhook (không bắt buộc)</translation>
    </message>
    <message>
        <source>Relay token (from IT)</source>
        <extracomment>the desk&apos;s token for the company&apos;s relay (``events = &quot;relay&quot;``): no provider&apos;s, every webhook provider&apos;s</extracomment>
        <translation>Mã relay (do IT cấp)</translation>
    </message>
    <message>
        <source>Sign in — Agent Desk</source>
        <translation>Đăng nhập — Agent Desk</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation>Webhook (tổng đài gửi sự kiện tới máy này)</translation>
    </message>
    <message>
        <source>Websocket (this computer connects)</source>
        <translation>Websocket (máy này kết nối tới tổng đài)</translation>
    </message>
    <message>
        <source>Relay (the company&apos;s relay server)</source>
        <translation>Relay (máy chủ relay của công ty)</translation>
    </message>
    <message>
        <source>None (no screen-pops)</source>
        <translation>Không (không hiện cửa sổ cuộc gọi)</translation>
    </message>
    <message>
        <source>Wait until my phone picks up</source>
        <translation>Chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <source>Return at once with the call id</source>
        <translation>Trả về ngay mã cuộc gọi</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Call events</source>
        <translation>Sự kiện cuộc gọi</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Địa chỉ relay</translation>
    </message>
    <message>
        <source>Click-to-call</source>
        <translation>Click-to-call</translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation>Địa chỉ CRM</translation>
    </message>
    <message>
        <source>All fields…</source>
        <translation>Tất cả các trường…</translation>
    </message>
    <message>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation>Ghi nhớ thông tin bí mật trên máy này (keyring hệ thống)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Leave empty to use the saved one</source>
        <translation>Để trống để dùng giá trị đã lưu</translation>
    </message>
    <message>
        <source>Your company set up “%1” for you. Type your own sign-in.</source>
        <translation>Công ty đã thiết lập “%1” cho bạn. Hãy nhập thông tin đăng nhập của riêng bạn.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>Hãy nhập tên hồ sơ.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation>Đã có hồ sơ tên “%1”.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>Sign in or switch profile…</source>
        <translation>Đăng nhập hoặc đổi hồ sơ…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Cuộc gọi</translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation>Gọi một số</translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation>Tìm trong lịch sử cuộc gọi</translation>
    </message>
    <message>
        <source>Copy the caller&apos;s number</source>
        <translation>Sao chép số người gọi</translation>
    </message>
    <message>
        <source>Open the caller in the CRM</source>
        <translation>Mở người gọi trong CRM</translation>
    </message>
    <message>
        <source>Write a note for the call</source>
        <translation>Ghi chú cho cuộc gọi</translation>
    </message>
    <message>
        <source>Dismiss the screen-pop</source>
        <translation>Đóng cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>Tù&amp;y chọn</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Open the CRM when a call rings</source>
        <translation>Mở CRM khi có cuộc gọi đến</translation>
    </message>
    <message>
        <source>Ring sound with screen-pops</source>
        <translation>Phát chuông khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>Desktop notification with screen-pops</source>
        <translation>Thông báo trên màn hình khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>click-to-call that waits for your phone</source>
        <translation>click-to-call chờ bạn nhấc máy</translation>
    </message>
    <message>
        <source>click-to-call that returns at once</source>
        <translation>click-to-call trả về ngay</translation>
    </message>
    <message>
        <source>live calls</source>
        <translation>cuộc gọi đang diễn ra</translation>
    </message>
    <message>
        <source>listening in</source>
        <translation>nghe xen</translation>
    </message>
    <message>
        <source>whispering</source>
        <translation>nói riêng với nhân viên</translation>
    </message>
    <message>
        <source>barging in</source>
        <translation>chen vào cuộc gọi</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>chuyển cuộc gọi</translation>
    </message>
    <message>
        <source>softphone status</source>
        <translation>trạng thái softphone</translation>
    </message>
    <message>
        <source>agent states</source>
        <translation>trạng thái nhân viên</translation>
    </message>
    <message>
        <source>queue figures</source>
        <translation>số liệu hàng chờ</translation>
    </message>
    <message>
        <source>call history</source>
        <translation>lịch sử cuộc gọi</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>ghi âm</translation>
    </message>
    <message>
        <source>customer records</source>
        <translation>hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>call events by webhook</source>
        <translation>sự kiện cuộc gọi qua webhook</translation>
    </message>
    <message>
        <source>webhook registration</source>
        <translation>đăng ký webhook</translation>
    </message>
    <message>
        <source>call events by websocket</source>
        <translation>sự kiện cuộc gọi qua websocket</translation>
    </message>
    <message>
        <source>outbound campaigns</source>
        <translation>chiến dịch gọi ra</translation>
    </message>
    <message>
        <source>a do-not-call list</source>
        <translation>danh sách chặn gọi</translation>
    </message>
    <message>
        <source>call reports</source>
        <translation>báo cáo cuộc gọi</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>khóa API</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <source>app secret</source>
        <translation>mã bí mật ứng dụng</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>mật khẩu SIP</translation>
    </message>
    <message>
        <source>company key</source>
        <translation>khóa công ty</translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation>mã bí mật webhook</translation>
    </message>
    <message>
        <source>relay token</source>
        <translation>mã relay</translation>
    </message>
    <message>
        <source>Enter a phone number or an extension.</source>
        <translation>Hãy nhập số điện thoại hoặc máy nhánh.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation>“%1” không phải là số điện thoại: chỉ dùng chữ số, dấu cách và dấu + ở đầu (nếu có).</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation>“%1” không đúng số chữ số của một số điện thoại.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation>Softphone của bạn chưa đăng ký: hãy mở softphone, đăng nhập rồi thử lại.</translation>
    </message>
    <message>
        <source>Your extension is busy on another call.</source>
        <translation>Máy nhánh của bạn đang bận với một cuộc gọi khác.</translation>
    </message>
    <message>
        <source>The company&apos;s relay did not accept this computer&apos;s relay token: ask IT for a new one.</source>
        <translation>Relay của công ty không chấp nhận mã relay của máy này: hãy xin IT một mã mới.</translation>
    </message>
    <message>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation>Tổng đài không chấp nhận thông tin đăng nhập: hãy kiểm tra khóa API hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The PBX does not know that user, call or record.</source>
        <translation>Tổng đài không tìm thấy người dùng, cuộc gọi hoặc bản ghi đó.</translation>
    </message>
    <message>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation>Bạn chưa nhấc máy nên khách hàng chưa được gọi.</translation>
    </message>
    <message>
        <source>The PBX refused: %1</source>
        <translation>Tổng đài từ chối: %1</translation>
    </message>
    <message>
        <source>The PBX refused the request (%1).</source>
        <translation>Tổng đài từ chối yêu cầu (%1).</translation>
    </message>
    <message>
        <source>The certificate of %1 comes from an issuer this computer does not trust.</source>
        <translation>Chứng chỉ của %1 do một nơi cấp mà máy tính này không tin cậy.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>Chứng chỉ của %1 đã hết hạn.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name.</source>
        <translation>Chứng chỉ của %1 được cấp cho một tên khác.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Không kiểm tra được chứng chỉ của %1.</translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s certificate authority, or set a CA file in the profile.</source>
        <translation>Hãy nhờ bộ phận IT cài chứng chỉ gốc (CA) của công ty, hoặc đặt tệp CA trong hồ sơ.</translation>
    </message>
    <message>
        <source>The PBX did not answer in time.</source>
        <translation>Tổng đài không phản hồi kịp thời.</translation>
    </message>
    <message>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation>Tổng đài gặp lỗi máy chủ; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation>Không kết nối được tới tổng đài: hãy kiểm tra mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation>%1 không làm được việc này: không có API cho %2.</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation>Máy tính này không có keyring hệ thống nên thông tin bí mật không được ghi nhớ; nó chỉ được giữ trong bộ nhớ cho đến khi bạn đăng xuất.</translation>
    </message>
    <message>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation>Hồ sơ “%1” chưa có %2: hãy nhập trong cửa sổ đăng nhập.</translation>
    </message>
    <message>
        <source>Agent Desk cannot listen on %1: another program may be using that port. Choose another port in Settings.</source>
        <translation>Agent Desk không thể nghe trên %1: có thể một chương trình khác đang dùng cổng đó. Hãy chọn cổng khác trong Cài đặt.</translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation>Lỗi cấu hình: %1</translation>
    </message>
    <message>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation>Lỗi không mong muốn (%1); xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <source>The process that reads the live calls stopped unexpectedly.</source>
        <translation>Tiến trình đọc các cuộc gọi đang diễn ra đã dừng đột ngột.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal could not be saved. Free some space; your text is kept here and saved again as you type.</source>
        <translation>Ổ đĩa đã đầy nên chưa lưu được nhật ký. Hãy giải phóng bớt dung lượng; nội dung bạn gõ vẫn được giữ ở đây và sẽ được lưu lại khi bạn gõ tiếp.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to, so it could not be saved. Your text is kept here; copy it somewhere safe.</source>
        <translation>Không ghi được vào thư mục chứa nhật ký nên chưa lưu được. Nội dung bạn gõ vẫn được giữ ở đây; hãy sao chép sang nơi an toàn.</translation>
    </message>
    <message>
        <source>This call could not be written to the journal, so its note is not saved yet. Your text is kept here.</source>
        <translation>Cuộc gọi này chưa ghi được vào nhật ký nên ghi chú chưa được lưu. Nội dung bạn gõ vẫn được giữ ở đây.</translation>
    </message>
    <message>
        <source>The journal could not be saved (%1). Your text is kept here; copy it somewhere safe.</source>
        <translation>Không lưu được nhật ký (%1). Nội dung bạn gõ vẫn được giữ ở đây; hãy sao chép sang nơi an toàn.</translation>
    </message>
    <message>
        <source>The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.</source>
        <translation>Tổng đài không phản hồi kịp thời. Cuộc gọi vẫn có thể đổ chuông điện thoại của bạn: đừng gọi lại ngay.</translation>
    </message>
    <message>
        <source>The PBX asked to sign in again, so the call was not placed: press Call again.</source>
        <translation>Tổng đài yêu cầu đăng nhập lại nên cuộc gọi chưa được thực hiện: hãy bấm Gọi lại lần nữa.</translation>
    </message>
    <message>
        <source>The PBX&apos;s answer is too large, so it was not read.</source>
        <translation>Phản hồi của tổng đài quá lớn nên không được đọc.</translation>
    </message>
</context>
<context>
    <name>MissedTracker</name>
    <message>
        <source>%1 has no call history API: calls that came while Agent Desk was not listening cannot be listed here.</source>
        <translation>%1 không có API lịch sử cuộc gọi: các cuộc gọi đến khi Agent Desk không lắng nghe không thể liệt kê ở đây.</translation>
    </message>
    <message>
        <source>Calls missed while Agent Desk was not listening could not be read: %1</source>
        <translation>Không đọc được các cuộc gọi nhỡ trong lúc Agent Desk không lắng nghe: %1</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 cuộc gọi</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 cuộc gọi</translation>
    </message>
    <message>
        <source>While you were away: %1, %2 missed.</source>
        <translation>Trong lúc bạn vắng mặt: %1, %2 cuộc gọi nhỡ.</translation>
    </message>
</context>
<context>
    <name>MissedView</name>
    <message>
        <source>No missed calls waiting.</source>
        <translation>Không có cuộc gọi nhỡ nào đang chờ.</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Take the call off the list without calling back</source>
        <translation>Bỏ cuộc gọi khỏi danh sách mà không gọi lại</translation>
    </message>
    <message>
        <source>Missed calls not called back yet, newest first:</source>
        <translation>Cuộc gọi nhỡ chưa gọi lại, mới nhất trước:</translation>
    </message>
    <message>
        <source>Double-click to call back</source>
        <translation>Nhấp đúp để gọi lại</translation>
    </message>
</context>
<context>
    <name>MorePop</name>
    <message>
        <source>Show this call&apos;s screen-pop</source>
        <translation>Hiện cửa sổ của cuộc gọi này</translation>
    </message>
    <message>
        <source>1 more call</source>
        <translation>Thêm 1 cuộc gọi</translation>
    </message>
    <message>
        <source>%1 more calls</source>
        <translation>Thêm %1 cuộc gọi</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Chiến dịch mới</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation>Chọn tệp CSV hoặc XLSX…</translation>
    </message>
    <message>
        <source>e.g. 999</source>
        <translation>ví dụ 999</translation>
    </message>
    <message>
        <source>Extensions separated by commas, e.g. 101,102</source>
        <translation>Các máy nhánh cách nhau bằng dấu phẩy, ví dụ 101,102</translation>
    </message>
    <message>
        <source>Empty: calls go to agents; a template: an IVR autocall</source>
        <translation>Để trống: cuộc gọi chuyển cho nhân viên; có kịch bản: gọi tự động IVR</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Calls per free agent</source>
        <translation>Số cuộc gọi cho mỗi nhân viên rảnh</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>Số cuộc gọi đồng thời</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Số lần gọi lại</translation>
    </message>
    <message>
        <source>IVR template</source>
        <translation>Kịch bản IVR</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Danh sách khách hàng (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>%1 line(s) refused: correct the file and choose it again. Nothing was sent.</source>
        <translation>%1 dòng bị từ chối: hãy sửa tệp rồi chọn lại. Chưa gửi gì lên tổng đài.</translation>
    </message>
    <message>
        <source>%1 customers ready.</source>
        <translation>%1 khách hàng sẵn sàng.</translation>
    </message>
    <message>
        <source>“%1” is not an extension.</source>
        <translation>“%1” không phải là máy nhánh.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>The journal file was damaged: it was kept as {name} and a new journal was started.</source>
        <translation>Tệp nhật ký cuộc gọi bị hỏng: đã giữ lại dưới tên {name} và bắt đầu một nhật ký mới.</translation>
    </message>
    <message>
        <source>— no disposition —</source>
        <translation>— chưa chọn kết quả —</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>answered</source>
        <extracomment>outcome → status level (the colour of :func:`agent_desk.ui.common.status.colour`)</extracomment>
        <translation>đã nghe</translation>
    </message>
    <message>
        <source>answered by a colleague</source>
        <translation>đồng nghiệp đã nghe</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gọi nhỡ</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>máy bận</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>không ai nghe</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không thành công</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>không rõ kết quả</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <source>Answered by a colleague</source>
        <translation>Đồng nghiệp đã nghe</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Không ai nghe</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Cuộc gọi không thành công</translation>
    </message>
    <message>
        <source>Ended, outcome unknown</source>
        <translation>Đã kết thúc, không rõ kết quả</translation>
    </message>
</context>
<context>
    <name>OwnTransfer</name>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>Your call with %1 was transferred to extension %2.</source>
        <translation>Cuộc gọi của bạn với %1 đã được chuyển tới máy nhánh %2.</translation>
    </message>
    <message>
        <source>Transferring your call with %1 to extension %2…</source>
        <translation>Đang chuyển cuộc gọi của bạn với %1 tới máy nhánh %2…</translation>
    </message>
    <message>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation>Máy nhánh %1 chưa đăng nhập softphone nên không thể chuyển cuộc gọi sang đó.</translation>
    </message>
    <message>
        <source>Extension %1 is busy on another call.</source>
        <translation>Máy nhánh %1 đang bận một cuộc gọi khác.</translation>
    </message>
    <message>
        <source>The PBX has no extension %1.</source>
        <translation>Tổng đài không có máy nhánh %1.</translation>
    </message>
    <message>
        <source>Your call with %1 has ended: there is nothing to transfer.</source>
        <translation>Cuộc gọi của bạn với %1 đã kết thúc: không còn gì để chuyển.</translation>
    </message>
</context>
<context>
    <name>PcmPlayer</name>
    <message>
        <source>the file is not a sound the desk can play (WAV, MP3 or FLAC)</source>
        <translation>tệp không phải là âm thanh mà ứng dụng phát được (WAV, MP3 hoặc FLAC)</translation>
    </message>
    <message>
        <source>this computer has no sound output</source>
        <translation>máy tính này không có thiết bị phát âm thanh</translation>
    </message>
    <message>
        <source>the sound output %1 did not start</source>
        <translation>thiết bị phát âm thanh %1 không khởi động được</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the recording in your browser or media player</source>
        <translation>Mở ghi âm bằng trình duyệt hoặc trình phát nhạc</translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation>Ghi âm:</translation>
    </message>
    <message>
        <source>Play the selected call&apos;s recording here</source>
        <translation>Phát ghi âm của cuộc gọi đã chọn ngay tại đây</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <source>%1 will not be called again by %2.</source>
        <translation>%1 sẽ không được gọi lại bởi %2.</translation>
    </message>
    <message>
        <source>%1 is in no autocall queue this desk created: nothing to block.</source>
        <translation>%1 không có trong hàng đợi gọi tự động nào do máy này tạo: không có gì để chặn.</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <source>No screen-pop is open.</source>
        <translation>Không có cửa sổ cuộc gọi nào đang mở.</translation>
    </message>
    <message>
        <source>No CRM address is set in this profile.</source>
        <translation>Hồ sơ này chưa đặt địa chỉ CRM.</translation>
    </message>
    <message>
        <source>More calls are ringing than pops can show; the others are listed in the call log.</source>
        <translation>Có nhiều cuộc gọi đang đổ chuông hơn số cửa sổ có thể hiển thị; các cuộc gọi còn lại có trong nhật ký cuộc gọi.</translation>
    </message>
    <message>
        <source>This caller&apos;s number is not a phone number, so it cannot be called.</source>
        <translation>Số của người gọi không phải là số điện thoại nên không thể gọi lại.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <source>Waiting (right)</source>
        <translation>Đang chờ (trục phải)</translation>
    </message>
    <message>
        <source>Answered per minute (left)</source>
        <translation>Đã trả lời mỗi phút (trục trái)</translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bỏ máy</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Rảnh</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Lâu nhất</translation>
    </message>
    <message>
        <source>Calls waiting for an agent now</source>
        <translation>Số cuộc gọi đang chờ nhân viên</translation>
    </message>
    <message>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation>Số cuộc gọi đã được trả lời, theo số đếm của tổng đài</translation>
    </message>
    <message>
        <source>Callers who hung up before an agent answered</source>
        <translation>Số khách gác máy trước khi có nhân viên trả lời</translation>
    </message>
    <message>
        <source>Agents of the queue free to take a call</source>
        <translation>Số nhân viên của hàng chờ đang rảnh để nhận cuộc gọi</translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Thời gian chờ của khách chờ lâu nhất</translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <source>Quick dial</source>
        <translation>Gọi nhanh</translation>
    </message>
    <message>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <source>The recording could not be played: %1</source>
        <translation>Không phát được ghi âm: %1</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Nghe máy</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nhỡ</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Tỷ lệ nghe máy</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Chờ trung bình</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Thời gian đàm thoại</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Calls per queue</source>
        <translation>Cuộc gọi theo hàng đợi</translation>
    </message>
    <message>
        <source>Talk time per agent (minutes)</source>
        <translation>Thời gian đàm thoại theo nhân viên (phút)</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Đang đọc báo cáo…</translation>
    </message>
    <message>
        <source>%1 to %2, from the PBX&apos;s report.</source>
        <translation>%1 đến %2, theo báo cáo của tổng đài.</translation>
    </message>
    <message>
        <source>%1 to %2, computed from %3 calls in the call history.</source>
        <translation>%1 đến %2, tính từ %3 cuộc gọi trong lịch sử.</translation>
    </message>
    <message>
        <source>The history was longer than the desk reads at once: the figures are partial.</source>
        <translation>Lịch sử dài hơn mức ứng dụng đọc một lần: số liệu chưa đầy đủ.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>Đang tìm khách hàng…</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Hàng chờ %1</translation>
    </message>
    <message>
        <source>Loading recent calls…</source>
        <translation>Đang tải các cuộc gọi gần đây…</translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation>Mở CRM</translation>
    </message>
    <message>
        <source>Open the customer in the CRM</source>
        <translation>Mở khách hàng trong CRM</translation>
    </message>
    <message>
        <source>No CRM address is set in this profile</source>
        <translation>Hồ sơ này chưa đặt địa chỉ CRM</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Sao chép số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Chuyển cuộc gọi…</translation>
    </message>
    <message>
        <source>Move this call to a colleague</source>
        <translation>Chuyển cuộc gọi này cho đồng nghiệp</translation>
    </message>
    <message>
        <source>Do not call this number again</source>
        <translation>Không gọi lại số này nữa</translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <source>Wrap-up:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>On call · %1</source>
        <translation>Đang đàm thoại · %1</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <source>No longer ringing</source>
        <translation>Đã ngừng đổ chuông</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation>Cuộc gọi đã kết thúc · %1</translation>
    </message>
    <message>
        <source>Not in the customer list</source>
        <translation>Không có trong danh sách khách hàng</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <source>Customer lookup failed: %1</source>
        <translation>Không tìm được khách hàng: %1</translation>
    </message>
    <message>
        <source>No earlier calls with this number</source>
        <translation>Chưa có cuộc gọi nào trước đây với số này</translation>
    </message>
    <message>
        <source>Recent calls:</source>
        <translation>Cuộc gọi gần đây:</translation>
    </message>
    <message>
        <source>Recent calls could not be loaded: %1</source>
        <translation>Không tải được các cuộc gọi gần đây: %1</translation>
    </message>
    <message>
        <source>Blocks the number in the autocall queues: %1</source>
        <translation>Chặn số này trong các hàng đợi gọi tự động: %1</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>gọi đến</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>gọi đi</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>đã nghe</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>máy bận</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>This caller&apos;s number is not a phone number</source>
        <translation>Số của người gọi không phải là số điện thoại</translation>
    </message>
    <message>
        <source>Lost track of this call: the PBX sent no news of it</source>
        <translation>Đã mất dấu cuộc gọi này: tổng đài không gửi thêm thông tin nào</translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Forget</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove this secret from the system keyring when you save</source>
        <translation>Xóa khóa bí mật này khỏi kho khóa hệ thống khi bạn lưu</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Để trống để giữ giá trị đã lưu</translation>
    </message>
    <message>
        <source>Removed from the keyring when you save</source>
        <translation>Sẽ bị xóa khỏi kho khóa khi bạn lưu</translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation>Lấy từ biến môi trường %1</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>Đã lưu trong kho khóa hệ thống</translation>
    </message>
    <message>
        <source>In the config file as plain text: Save moves it to the keyring</source>
        <translation>Đang ghi dạng văn bản thường trong tệp cấu hình: bấm Lưu để chuyển vào kho khóa</translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The PBX recorded a call on your extension at %1, but no call event arrived for it: check that the PBX can reach this computer.</source>
        <translation>Tổng đài đã ghi nhận một cuộc gọi tới máy nhánh của bạn lúc %1, nhưng không có sự kiện cuộc gọi nào đến: hãy kiểm tra tổng đài có kết nối được tới máy tính này không.</translation>
    </message>
    <message>
        <source>The PBX had lost where to send call events (restarted?); Agent Desk registered again.</source>
        <translation>Tổng đài đã mất địa chỉ gửi sự kiện cuộc gọi (vừa khởi động lại?); Agent Desk đã đăng ký lại.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OnePOS has one webhook per company, and registering replaces it: the company&apos;s CRM and the other desks would stop getting calls. Let the relay own it, or ask your PBX administrator to send call events to %1. A desk registers itself only with register_webhook = true in its profile, and never clears it when you quit.</source>
        <translation>OnePOS chỉ có một webhook cho mỗi công ty, và đăng ký sẽ thay thế nó: CRM của công ty và các máy khác sẽ không nhận được cuộc gọi nữa. Hãy để relay giữ webhook này, hoặc nhờ quản trị tổng đài gửi sự kiện cuộc gọi tới %1. Một máy chỉ tự đăng ký khi hồ sơ có register_webhook = true, và không bao giờ xóa webhook khi bạn thoát.</translation>
    </message>
    <message>
        <source>Settings — Agent Desk</source>
        <translation>Cài đặt — Agent Desk</translation>
    </message>
    <message>
        <source>There is no profile yet: sign in once (Account → Sign in) to create one. The screen-pop and appearance choices can be saved now.</source>
        <translation>Chưa có hồ sơ nào: hãy đăng nhập một lần (Tài khoản → Đăng nhập) để tạo hồ sơ. Các lựa chọn về cửa sổ cuộc gọi và giao diện vẫn lưu được ngay.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Screen-pop</source>
        <translation>Cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Điện thoại viên</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS certificate (turn off only for a test PBX)</source>
        <translation>Kiểm tra chứng chỉ TLS của máy chủ (chỉ tắt với tổng đài thử nghiệm)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Click-to-call</source>
        <translation>Click-to-call</translation>
    </message>
    <message>
        <source>API timeout</source>
        <translation>Thời gian chờ API</translation>
    </message>
    <message>
        <source>Wait for my phone</source>
        <translation>Chờ điện thoại của tôi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Derived from the server address</source>
        <translation>Suy ra từ địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Call events</source>
        <translation>Sự kiện cuộc gọi</translation>
    </message>
    <message>
        <source>Websocket address</source>
        <translation>Địa chỉ websocket</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Lắng nghe trên địa chỉ</translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation>Lắng nghe trên cổng</translation>
    </message>
    <message>
        <source>Address the PBX calls</source>
        <translation>Địa chỉ tổng đài gọi tới</translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation>Địa chỉ relay</translation>
    </message>
    <message>
        <source>{phone} is replaced by the caller&apos;s number. Leave empty for no CRM button.</source>
        <translation>{phone} được thay bằng số của người gọi. Để trống nếu không cần nút CRM.</translation>
    </message>
    <message>
        <source>Open the CRM when a call rings</source>
        <translation>Mở CRM khi có cuộc gọi đến</translation>
    </message>
    <message>
        <source>Ring sound with screen-pops</source>
        <translation>Phát chuông khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>Desktop notification with screen-pops</source>
        <translation>Thông báo trên màn hình khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <source>never (close it yourself)</source>
        <translation>không bao giờ (tự đóng)</translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation>Địa chỉ CRM</translation>
    </message>
    <message>
        <source>Close a pop after its call ended</source>
        <translation>Đóng cửa sổ cuộc gọi sau khi kết thúc</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Theo hệ thống (sáng hoặc tối)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Chủ đề màu</translation>
    </message>
    <message>
        <source>Start Agent Desk when I log in (screen-pops need it running)</source>
        <translation>Khởi động Agent Desk khi tôi đăng nhập máy (cần chạy ứng dụng để có cửa sổ cuộc gọi đến)</translation>
    </message>
    <message>
        <source>Select or copy a number in any program, then press these keys to call it.</source>
        <translation>Chọn hoặc sao chép một số trong bất kỳ chương trình nào, rồi nhấn các phím này để gọi.</translation>
    </message>
    <message>
        <source>Call the selected number from any program</source>
        <translation>Gọi số đang chọn từ mọi chương trình</translation>
    </message>
    <message>
        <source>This provider&apos;s API has no click-to-call.</source>
        <translation>API của nhà cung cấp này không có click-to-call.</translation>
    </message>
    <message>
        <source>Wait until my phone picks up</source>
        <translation>Chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <source>Return at once with the call id</source>
        <translation>Trả về ngay mã cuộc gọi</translation>
    </message>
    <message>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation>Webhook (tổng đài gửi sự kiện tới máy này)</translation>
    </message>
    <message>
        <source>Websocket (this computer connects)</source>
        <translation>Websocket (máy này kết nối tới tổng đài)</translation>
    </message>
    <message>
        <source>Relay (the company&apos;s relay server)</source>
        <translation>Relay (máy chủ relay của công ty)</translation>
    </message>
    <message>
        <source>None (no screen-pops)</source>
        <translation>Không (không hiện cửa sổ cuộc gọi)</translation>
    </message>
    <message>
        <source>No call events: there are no screen-pops for this profile.</source>
        <translation>Không nhận sự kiện cuộc gọi: hồ sơ này sẽ không hiện cửa sổ cuộc gọi.</translation>
    </message>
    <message>
        <source>Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX.</source>
        <translation>Agent Desk tự kết nối tới tổng đài: không cần cấu hình gì trên tổng đài.</translation>
    </message>
    <message>
        <source>Agent Desk connects to your company&apos;s relay, which receives the PBX&apos;s events for every desk: enter the relay address and the token IT gave you for your extension.</source>
        <translation>Agent Desk kết nối tới relay của công ty, nơi nhận sự kiện của tổng đài cho mọi máy: hãy nhập địa chỉ relay và mã IT đã cấp cho máy nhánh của bạn.</translation>
    </message>
    <message>
        <source>When you sign in, Agent Desk registers %1 with the PBX as its callback address (and removes it when you quit).</source>
        <translation>Khi bạn đăng nhập, Agent Desk tự đăng ký %1 với tổng đài làm địa chỉ nhận sự kiện (và gỡ đi khi bạn thoát).</translation>
    </message>
    <message>
        <source>Ask your PBX administrator to send call events to %1, with the webhook secret.</source>
        <translation>Hãy nhờ quản trị viên tổng đài cấu hình gửi sự kiện cuộc gọi tới %1, kèm khóa bí mật webhook.</translation>
    </message>
    <message>
        <source>Enter the address the PBX can reach this computer at (e.g. http://&lt;this computer&apos;s address&gt;:%1), or ask your PBX administrator to send call events to this computer on port %1.</source>
        <translation>Nhập địa chỉ mà tổng đài truy cập được tới máy này (ví dụ http://&lt;địa chỉ máy này&gt;:%1), hoặc nhờ quản trị viên tổng đài gửi sự kiện cuộc gọi tới máy này qua cổng %1.</translation>
    </message>
    <message>
        <source>The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network.</source>
        <translation>Bộ lắng nghe chỉ nhận kết nối từ chính máy này (127.0.0.1): dùng 0.0.0.0 nếu tổng đài nằm ở máy khác trong mạng.</translation>
    </message>
    <message>
        <source>none is installed or running</source>
        <translation>chưa cài đặt hoặc chưa chạy</translation>
    </message>
    <message>
        <source>it is locked</source>
        <translation>kho khóa đang bị khóa</translation>
    </message>
    <message>
        <source>No system keyring is usable on this computer (%1): secrets typed here are used until you sign out, not stored. Environment variables such as %2 still work.</source>
        <translation>Máy này không dùng được kho khóa hệ thống (%1): khóa bí mật nhập ở đây chỉ dùng đến khi bạn đăng xuất, không được lưu lại. Biến môi trường như %2 vẫn dùng được.</translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation>Hãy nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Use an address that starts with http:// or https://.</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Use an address that starts with ws://, wss://, http:// or https://.</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng ws://, wss://, http:// hoặc https://.</translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Hãy nhập địa chỉ lắng nghe, ví dụ 127.0.0.1.</translation>
    </message>
    <message>
        <source>Enter a port number from 0 to 65535.</source>
        <translation>Hãy nhập số cổng từ 0 đến 65535.</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address the PBX can reach.</source>
        <translation>Hãy dùng địa chỉ http:// hoặc https:// mà tổng đài truy cập được.</translation>
    </message>
    <message>
        <source>Enter the relay address IT gave you.</source>
        <translation>Hãy nhập địa chỉ relay mà IT đã cung cấp.</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// (or http:// on the office network).</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng https:// (hoặc http:// trong mạng văn phòng).</translation>
    </message>
    <message>
        <source>The CRM address must start with http:// or https://.</source>
        <translation>Địa chỉ CRM phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>The CRM address must contain {phone} where the caller&apos;s number goes.</source>
        <translation>Địa chỉ CRM phải chứa {phone} ở chỗ điền số người gọi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No system keyring is available on this computer, so the secrets were not stored: set them in environment variables instead (%1).</source>
        <translation>Máy này không có kho khóa hệ thống nên khóa bí mật chưa được lưu: hãy đặt chúng trong biến môi trường (%1).</translation>
    </message>
    <message>
        <source>The profile was not saved: its config file holds secrets that would be lost without a keyring to move them to.</source>
        <translation>Hồ sơ chưa được lưu: tệp cấu hình đang chứa mật khẩu/khóa bí mật, sẽ bị mất nếu không có kho khóa (keyring) để chuyển sang.</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Không đổi được việc khởi động khi đăng nhập: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Agent Desk</source>
        <translation>Phím tắt — Agent Desk</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SoftphoneWatchdog</name>
    <message>
        <source>Your softphone is not registered (since %1): calls cannot reach you. Open your softphone and sign in; this stays until the PBX sees it again.</source>
        <translation>Softphone của bạn chưa đăng ký (từ %1): cuộc gọi không thể đến với bạn. Hãy mở softphone và đăng nhập; thông báo này còn đến khi tổng đài thấy softphone trở lại.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Call events: a recent call never arrived</source>
        <translation>Sự kiện cuộc gọi: một cuộc gọi gần đây đã không đến</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Đang đăng nhập vào %1…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <source>%1 · extension %2</source>
        <translation>%1 · máy nhánh %2</translation>
    </message>
    <message>
        <source>Signed in to %1 with profile “%2”</source>
        <translation>Đã đăng nhập %1 với hồ sơ “%2”</translation>
    </message>
    <message>
        <source>Softphone registered</source>
        <translation>Softphone đã đăng ký</translation>
    </message>
    <message>
        <source>Softphone not registered</source>
        <translation>Softphone chưa đăng ký</translation>
    </message>
    <message>
        <source>Open your softphone and sign in: calls cannot reach you until it is registered.</source>
        <translation>Hãy mở softphone và đăng nhập: cuộc gọi không thể đến với bạn cho đến khi softphone được đăng ký.</translation>
    </message>
    <message>
        <source>Softphone status unknown</source>
        <translation>Không rõ trạng thái softphone</translation>
    </message>
    <message>
        <source>%1 does not report whether your softphone is registered.</source>
        <translation>%1 không cho biết softphone của bạn đã đăng ký hay chưa.</translation>
    </message>
    <message>
        <source>Call events off</source>
        <translation>Đã tắt sự kiện cuộc gọi</translation>
    </message>
    <message>
        <source>This profile receives no call events, so there are no screen-pops. Choose a webhook or websocket event source in the profile.</source>
        <translation>Hồ sơ này không nhận sự kiện cuộc gọi nên sẽ không có cửa sổ cuộc gọi. Hãy chọn nguồn sự kiện webhook hoặc websocket trong hồ sơ.</translation>
    </message>
    <message>
        <source>Call events: starting…</source>
        <translation>Sự kiện cuộc gọi: đang khởi động…</translation>
    </message>
    <message>
        <source>Call events: relay connected</source>
        <translation>Sự kiện cuộc gọi: relay đã kết nối</translation>
    </message>
    <message>
        <source>Connected to the company&apos;s relay, but it no longer had every event since this desk was last connected: calls in between may be missing here. Check the History tab.</source>
        <translation>Đã kết nối tới relay của công ty, nhưng relay không còn giữ đủ sự kiện kể từ lần kết nối trước của máy này: các cuộc gọi trong khoảng đó có thể bị thiếu ở đây. Hãy xem tab Lịch sử.</translation>
    </message>
    <message>
        <source>Connected to the company&apos;s relay.</source>
        <translation>Đã kết nối tới relay của công ty.</translation>
    </message>
    <message>
        <source>Call events: websocket connected</source>
        <translation>Sự kiện cuộc gọi: websocket đã kết nối</translation>
    </message>
    <message>
        <source>Connected to the call events of %1.</source>
        <translation>Đã kết nối với sự kiện cuộc gọi của %1.</translation>
    </message>
    <message>
        <source>Call events: listening on port %1</source>
        <translation>Sự kiện cuộc gọi: đang nghe trên cổng %1</translation>
    </message>
    <message>
        <source>Agent Desk listens on port %1 for the call events of %2.</source>
        <translation>Agent Desk đang nghe sự kiện cuộc gọi của %2 trên cổng %1.</translation>
    </message>
    <message>
        <source>The connection to the call events was lost.</source>
        <translation>Mất kết nối với sự kiện cuộc gọi.</translation>
    </message>
    <message>
        <source>Call events: reconnecting…</source>
        <translation>Sự kiện cuộc gọi: đang kết nối lại…</translation>
    </message>
    <message>
        <source>Call events: relay unreachable</source>
        <translation>Sự kiện cuộc gọi: không liên lạc được relay</translation>
    </message>
    <message>
        <source>The company&apos;s relay has not answered for a while, so no calls can pop up. Agent Desk keeps trying; if this lasts, tell IT.</source>
        <translation>Relay của công ty đã lâu không phản hồi nên không cuộc gọi nào hiện lên được. Agent Desk vẫn tiếp tục thử; nếu tình trạng kéo dài, hãy báo IT.</translation>
    </message>
    <message>
        <source>Call events have stopped, so calls cannot pop up. Sign out and in again to start them.</source>
        <translation>Sự kiện cuộc gọi đã dừng nên cuộc gọi không hiện lên được. Hãy đăng xuất rồi đăng nhập lại để bật lại.</translation>
    </message>
    <message>
        <source>Call events stopped</source>
        <translation>Sự kiện cuộc gọi đã dừng</translation>
    </message>
    <message>
        <source>Agent Desk tries again in %1 s.</source>
        <translation>Agent Desk sẽ thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Agent Desk is listening, but %1 did not take this desk&apos;s callback address, so no call can pop up yet.</source>
        <translation>Agent Desk đang nghe, nhưng %1 chưa nhận địa chỉ nhận sự kiện của máy này nên chưa cuộc gọi nào hiện lên được.</translation>
    </message>
    <message>
        <source>Agent Desk is listening and waiting for %1 to take this desk&apos;s callback address. A call that rings before then will not pop up.</source>
        <translation>Agent Desk đang nghe và chờ %1 nhận địa chỉ nhận sự kiện của máy này. Cuộc gọi đổ chuông trước lúc đó sẽ không hiện lên.</translation>
    </message>
    <message>
        <source>Agent Desk is connecting to the call events. Calls cannot pop up until they are connected.</source>
        <translation>Agent Desk đang kết nối tới nguồn sự kiện cuộc gọi. Cuộc gọi chưa thể hiện lên cho đến khi kết nối xong.</translation>
    </message>
    <message>
        <source>Certificate checks off</source>
        <translation>Đã tắt kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <source>This profile does not check the server&apos;s TLS certificate (verify_tls = false): turn the check back on in Settings, or ask IT for the company&apos;s certificate authority.</source>
        <translation>Hồ sơ này không kiểm tra chứng chỉ TLS của máy chủ (verify_tls = false): hãy bật lại trong Cài đặt, hoặc xin bộ phận IT chứng chỉ gốc (CA) của công ty.</translation>
    </message>
    <message>
        <source>PBX connection not encrypted</source>
        <translation>Kết nối tổng đài không được mã hóa</translation>
    </message>
    <message>
        <source>This profile reaches the PBX at {host} over plain http://: passwords and calls cross the network unencrypted. Use an https:// address in Settings if the PBX offers one.</source>
        <translation>Hồ sơ này kết nối tới tổng đài tại {host} bằng http:// thường: mật khẩu và cuộc gọi đi qua mạng mà không được mã hóa. Hãy dùng địa chỉ https:// trong Cài đặt nếu tổng đài hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <extracomment>between the table and the model only while the filter box has text (see :meth:`_filter`)</extracomment>
        <translation>Lọc: máy nhánh, nhân viên, số khách hàng, hàng chờ, trạng thái…</translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>Cảnh báo…</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Màn hình tổng</translation>
    </message>
    <message>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation>Không đọc được các cuộc gọi đang diễn ra: %1 Sẽ thử lại sau %2 giây.</translation>
    </message>
    <message>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation>Danh sách cuộc gọi đã cũ (đọc lần cuối lúc %1): %2 Sẽ thử lại sau %3 giây.</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 cuộc gọi</translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation>%1 trên %2 cuộc gọi</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation>Ngưỡng cảnh báo</translation>
    </message>
    <message>
        <source> callers</source>
        <translation> khách</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>An agent&apos;s softphone is not registered</source>
        <translation>Softphone của nhân viên chưa đăng ký</translation>
    </message>
    <message>
        <source>The PBX cannot be read</source>
        <translation>Không đọc được tổng đài</translation>
    </message>
    <message>
        <source>Call events stop arriving</source>
        <translation>Sự kiện cuộc gọi ngừng về</translation>
    </message>
    <message>
        <source>Callers waiting, at least</source>
        <translation>Số khách chờ, từ</translation>
    </message>
    <message>
        <source>Longest wait, at least</source>
        <translation>Thời gian chờ lâu nhất, từ</translation>
    </message>
    <message>
        <source>Answer rate this hour, below</source>
        <translation>Tỷ lệ nghe máy trong giờ, dưới</translation>
    </message>
    <message>
        <source>An agent in one state, for</source>
        <translation>Nhân viên ở một trạng thái, quá</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>available</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>on a call</source>
        <translation>đang gọi</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm nghỉ</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>chưa đăng nhập</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>không rõ trạng thái</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>một số không xác định</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a call</source>
        <translation>Chuyển cuộc gọi</translation>
    </message>
    <message>
        <source>Extension, e.g. 105</source>
        <translation>Máy nhánh, ví dụ 105</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Transfer the call of %1 with %2 to:</source>
        <translation>Chuyển cuộc gọi của %1 với %2 tới:</translation>
    </message>
    <message>
        <source>Choose an agent or type an extension.</source>
        <translation>Hãy chọn một nhân viên hoặc nhập số máy nhánh.</translation>
    </message>
    <message>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation>“%1” không phải là máy nhánh: hãy dùng chữ số (và chữ cái, nếu tổng đài có dùng).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Agent Desk</source>
        <translation>Hiện Agent Desk</translation>
    </message>
    <message>
        <source>Quick dial…</source>
        <translation>Gọi nhanh…</translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <source>Missed calls waiting: %1</source>
        <translation>Cuộc gọi nhỡ đang chờ: %1</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Wallboard — Agent Desk</source>
        <translation>Màn hình tổng — Agent Desk</translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation>Khách đang chờ</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Chờ lâu nhất</translation>
    </message>
    <message>
        <source>Answered this hour</source>
        <translation>Nghe máy trong giờ</translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation>Cuộc gọi đang diễn ra</translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation>Nhân viên sẵn sàng</translation>
    </message>
    <message>
        <source>On a call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Esc closes the wallboard</source>
        <translation>Nhấn Esc để đóng màn hình tổng</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Wrap-up:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Đặt lịch</translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation>Gọi lại lúc</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>End the after-call work now</source>
        <translation>Kết thúc công việc sau cuộc gọi ngay</translation>
    </message>
    <message>
        <source>Wrap-up done in %1.</source>
        <translation>Đã hoàn tất sau cuộc gọi trong %1.</translation>
    </message>
    <message>
        <source>After-call work · %1 left</source>
        <translation>Công việc sau cuộc gọi · còn %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Dời lịch</translation>
    </message>
    <message>
        <source>Call back scheduled for %1.</source>
        <translation>Đã hẹn gọi lại lúc %1.</translation>
    </message>
</context>
</TS>
