<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="281"/>
        <source>Available</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="282"/>
        <source>On a call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="283"/>
        <source>Ringing</source>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="284"/>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="285"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="286"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="67"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="52"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="40"/>
        <source>Listen</source>
        <translation>Nghe xen</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="41"/>
        <source>Whisper</source>
        <translation>Nói riêng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="42"/>
        <source>Barge</source>
        <translation>Chen vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="43"/>
        <source>Transfer…</source>
        <translation>Chuyển cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="50"/>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation>Nghe cuộc gọi trên điện thoại của bạn; không ai nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="51"/>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation>Nói với nhân viên qua điện thoại của bạn; khách hàng không nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="52"/>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation>Tham gia cuộc gọi trên điện thoại của bạn: cả nhân viên và khách hàng đều nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="55"/>
        <source>Move the call to another extension</source>
        <translation>Chuyển cuộc gọi sang máy nhánh khác</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="63"/>
        <source>Listening to call %1 on your extension %2.</source>
        <translation>Đang nghe xen cuộc gọi %1 trên máy nhánh %2 của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="64"/>
        <source>Whispering into call %1 from your extension %2: only the agent hears you.</source>
        <translation>Đang nói riêng vào cuộc gọi %1 từ máy nhánh %2 của bạn: chỉ nhân viên nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="67"/>
        <source>Joined call %1 from your extension %2.</source>
        <translation>Đã chen vào cuộc gọi %1 từ máy nhánh %2 của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="68"/>
        <source>Call %1 was transferred to extension %2.</source>
        <translation>Cuộc gọi %1 đã được chuyển sang máy nhánh %2.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="78"/>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation>Máy nhánh %1 chưa đăng nhập softphone nên không thể chuyển cuộc gọi sang đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="82"/>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation>Máy nhánh %1 của bạn chưa đăng nhập softphone: hãy mở softphone và thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="86"/>
        <source>Extension %1 is busy on another call.</source>
        <translation>Máy nhánh %1 đang bận một cuộc gọi khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="87"/>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation>Máy nhánh %1 của bạn đang trong một cuộc gọi hoặc đang nghe xen một cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="90"/>
        <source>The PBX has no extension %1.</source>
        <translation>Tổng đài không có máy nhánh %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="91"/>
        <source>Call %1 has ended: the PBX no longer knows it.</source>
        <translation>Cuộc gọi %1 đã kết thúc: tổng đài không còn cuộc gọi này.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="194"/>
        <location filename="../../agent_desk/ui/console/actions.py" line="277"/>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="198"/>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation>Hồ sơ của bạn chưa có máy nhánh để nghe: hãy đặt máy nhánh rồi đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="208"/>
        <source>Select a call in the table first.</source>
        <translation>Hãy chọn một cuộc gọi trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="242"/>
        <source>Join call %1 from your extension %2? The agent and the customer will both hear you.</source>
        <translation>Chen vào cuộc gọi %1 từ máy nhánh %2 của bạn? Cả nhân viên và khách hàng sẽ nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="250"/>
        <source>Barge into the call?</source>
        <translation>Chen vào cuộc gọi?</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="256"/>
        <source>Barge in</source>
        <translation>Chen vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="289"/>
        <source>Asking the PBX: %1 on call %2…</source>
        <translation>Đang gửi yêu cầu tới tổng đài: %1 cuộc gọi %2…</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="35"/>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="36"/>
        <source>answered</source>
        <translation>đã nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="37"/>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="38"/>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="127"/>
        <source>Double-click a call to call the number back</source>
        <translation>Nhấp đúp vào một cuộc gọi để gọi lại số đó</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="81"/>
        <source>Calls to and from your extension appear here.</source>
        <translation>Các cuộc gọi đến và đi của máy nhánh của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="86"/>
        <source>Calls this session</source>
        <translation>Cuộc gọi trong phiên này</translation>
    </message>
    <message>
        <source>lost track</source>
        <translation>mất dấu</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desk/ui/window/app.py" line="202"/>
        <source>The demo PBX could not start: %1</source>
        <translation>Không khởi động được tổng đài demo: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/app.py" line="253"/>
        <source>Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.</source>
        <translation>Chế độ demo: tổng đài mô phỏng tại %1 gửi một cuộc gọi đến sau mỗi vài giây. Không cuộc gọi nào đến điện thoại thật.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="161"/>
        <source>History</source>
        <extracomment>masks every secret a sign-in resolves in every log line; ``app.main()`` installs it coroutines run on quit, after signing out (the demo stops its simulator here) notices an upgrade of the installed program (None when run from source: nothing is installed)</extracomment>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="164"/>
        <source>Journal</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="269"/>
        <source>Your softphone is not registered: open it and sign in, or calls cannot reach you.</source>
        <translation>Softphone của bạn chưa đăng ký: hãy mở và đăng nhập, nếu không cuộc gọi sẽ không đến được với bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="291"/>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation>Hồ sơ đang được dùng nhưng chưa được lưu vì tệp cấu hình có lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="299"/>
        <source>The profile is used but not saved: the config file holds secrets written by hand (profile %1), which saving would remove. Store them in the keyring with “agent-desk secret set” or in environment variables, then remove them from the file.</source>
        <translation>Hồ sơ đang được dùng nhưng chưa được lưu: tệp cấu hình có thông tin bí mật được ghi tay (hồ sơ %1), và việc lưu sẽ xóa chúng. Hãy lưu chúng vào keyring bằng “agent-desk secret set” hoặc vào biến môi trường, rồi xóa chúng khỏi tệp.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="313"/>
        <source>The profile could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="342"/>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="356"/>
        <source>Agent Desk is already open with profile “%1”, so it did not switch to “%2”. To use “%2”, sign out and choose it.</source>
        <translation>Agent Desk đang mở với hồ sơ “%1”, nên không chuyển sang “%2”. Để dùng “%2”, hãy đăng xuất rồi chọn hồ sơ đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="383"/>
        <source>The number will be dialled once you are signed in.</source>
        <translation>Số này sẽ được gọi ngay khi bạn đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="394"/>
        <source>Agent Desk was updated. It restarts by itself as soon as no call is open, or quit and start it again now.</source>
        <translation>Agent Desk vừa được cập nhật. Ứng dụng sẽ tự khởi động lại ngay khi không có cuộc gọi nào đang mở, hoặc bạn có thể thoát rồi mở lại ngay.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="424"/>
        <source>The new language applies when Agent Desk starts again.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng khi Agent Desk khởi động lại.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="45"/>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="60"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="63"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="64"/>
        <source>Dial the phone number on the clipboard</source>
        <translation>Gọi số điện thoại đang có trong bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="78"/>
        <source>Stop waiting</source>
        <translation>Ngừng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="80"/>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation>Ngừng chờ điện thoại của bạn. Cuộc gọi không bị rút lại và không bao giờ được gọi hai lần.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="110"/>
        <source>The clipboard holds no phone number.</source>
        <translation>Bộ nhớ tạm không có số điện thoại nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="131"/>
        <source>Your phone rings first; the customer is dialled when you pick up.</source>
        <translation>Điện thoại của bạn đổ chuông trước; khách hàng được gọi khi bạn nhấc máy.</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="63"/>
        <source>Sign in to place calls.</source>
        <translation>Hãy đăng nhập để gọi điện.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="67"/>
        <source>%1 has no click-to-call API, so calls are placed from your phone.</source>
        <translation>%1 không có API click-to-call, vì vậy hãy gọi trực tiếp từ điện thoại của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="83"/>
        <source>A call is already being placed: wait for it or stop waiting first.</source>
        <translation>Đang có một cuộc gọi được thực hiện: hãy chờ hoặc ngừng chờ trước đã.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="93"/>
        <source>Ringing your phone… pick it up to call %1.</source>
        <translation>Đang đổ chuông điện thoại của bạn… hãy nhấc máy để gọi %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="95"/>
        <source>Placing the call to %1…</source>
        <translation>Đang gọi %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="110"/>
        <source>Stopped waiting. The call to %1 may still ring your phone; it will not be placed again.</source>
        <translation>Đã ngừng chờ. Cuộc gọi tới %1 vẫn có thể đổ chuông điện thoại của bạn; cuộc gọi sẽ không được thực hiện lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="124"/>
        <source>The call to %1 you stopped waiting for failed: %2</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ không thành công: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="134"/>
        <source>The call to %1 you stopped waiting for went through.</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ đã được kết nối.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="139"/>
        <source>Your phone picked up: calling %1.</source>
        <translation>Bạn đã nhấc máy: đang gọi %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="142"/>
        <source>Call to %1 placed (call id %2): your phone will ring.</source>
        <translation>Đã đặt cuộc gọi tới %1 (mã cuộc gọi %2): điện thoại của bạn sẽ đổ chuông.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="145"/>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation>Đã đặt cuộc gọi tới %1: điện thoại của bạn sẽ đổ chuông.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="29"/>
        <source>Inbound</source>
        <translation>Gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="30"/>
        <source>Outbound</source>
        <translation>Gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="31"/>
        <source>Internal</source>
        <translation>Nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="33"/>
        <location filename="../../agent_desk/ui/history/model.py" line="44"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="38"/>
        <source>Answered</source>
        <translation>Đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="39"/>
        <source>Missed</source>
        <translation>Nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="40"/>
        <source>Busy</source>
        <translation>Máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="41"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="42"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="49"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="50"/>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="51"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="52"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="53"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="54"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="55"/>
        <source>Recording</source>
        <translation>Ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="97"/>
        <source>Customer code: %1</source>
        <translation>Mã khách hàng: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="117"/>
        <source>▶ Recording</source>
        <translation>▶ Ghi âm</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="38"/>
        <source>Any direction</source>
        <translation>Mọi chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="39"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="42"/>
        <source>Customer&apos;s number (Ctrl+F)</source>
        <translation>Số của khách hàng (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="44"/>
        <source>Only my extension</source>
        <translation>Chỉ máy nhánh của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="46"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="50"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="52"/>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="104"/>
        <source>Double-click a call, or press Enter, to call the number back</source>
        <translation>Nhấp đúp vào một cuộc gọi hoặc nhấn Enter để gọi lại số đó</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="106"/>
        <source>Load more</source>
        <translation>Tải thêm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="107"/>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="108"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="109"/>
        <source>Save the calls loaded so far as a CSV file</source>
        <translation>Lưu các cuộc gọi đã tải thành tệp CSV</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="180"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation>Ngày bắt đầu nằm sau ngày kết thúc: hãy sửa một trong hai ngày.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="201"/>
        <source>Loading calls…</source>
        <translation>Đang tải cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="223"/>
        <source>No calls match these filters.</source>
        <translation>Không có cuộc gọi nào khớp với bộ lọc này.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="225"/>
        <source>None of the calls loaded so far match; “Load more” looks further.</source>
        <translation>Chưa có cuộc gọi nào đã tải khớp với bộ lọc; bấm “Tải thêm” để tìm tiếp.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="271"/>
        <source>%1 gives no access to call recordings.</source>
        <translation>%1 không cho phép truy cập ghi âm cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="273"/>
        <source>Select a call to play its recording.</source>
        <translation>Hãy chọn một cuộc gọi để nghe ghi âm.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="275"/>
        <location filename="../../agent_desk/ui/history/view.py" line="315"/>
        <source>This call has no recording.</source>
        <translation>Cuộc gọi này không có ghi âm.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="346"/>
        <source>Export calls</source>
        <translation>Xuất danh sách cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="346"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="359"/>
        <source>The calls could not be saved to %1: %2</source>
        <translation>Không lưu được các cuộc gọi vào %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="361"/>
        <source>%1 calls saved to %2.</source>
        <translation>Đã lưu %1 cuộc gọi vào %2.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="377"/>
        <source>Sign in to see your call history.</source>
        <translation>Hãy đăng nhập để xem lịch sử cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="380"/>
        <source>%1 has no call history API, so past calls cannot be listed here.</source>
        <translation>%1 không có API lịch sử cuộc gọi, nên không thể liệt kê các cuộc gọi trước đây tại đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="396"/>
        <source>All %1 calls loaded</source>
        <translation>Đã tải hết %1 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="398"/>
        <source>%1 of %2 calls loaded</source>
        <translation>Đã tải %1 / %2 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="399"/>
        <source>%1 calls loaded; more on the PBX</source>
        <translation>Đã tải %1 cuộc gọi; tổng đài vẫn còn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="407"/>
        <source>Call the selected customer back</source>
        <translation>Gọi lại cho khách hàng đã chọn</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="36"/>
        <source>missed</source>
        <translation>gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="37"/>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="39"/>
        <source>on call</source>
        <translation>đang đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="46"/>
        <source>inbound</source>
        <translation>gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="47"/>
        <source>outbound</source>
        <translation>gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="48"/>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="65"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="66"/>
        <source>Direction</source>
        <translation>Chiều gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="67"/>
        <source>Number</source>
        <translation>Số máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="68"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="69"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="70"/>
        <source>Disposition</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="71"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="100"/>
        <source>Call %1 back</source>
        <translation>Gọi lại cho %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="85"/>
        <source>Search number, customer, note or disposition</source>
        <translation>Tìm theo số máy, khách hàng, ghi chú hoặc kết quả</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="118"/>
        <location filename="../../agent_desk/ui/journal/view.py" line="250"/>
        <source>Select a call to write its note.</source>
        <translation>Chọn một cuộc gọi để ghi chú.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="121"/>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="128"/>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="139"/>
        <source>Disposition:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="185"/>
        <source>Sign in to see your journal.</source>
        <translation>Đăng nhập để xem nhật ký cuộc gọi của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="215"/>
        <source>The newest %1 calls; search to find older ones.</source>
        <translation>%1 cuộc gọi mới nhất; hãy tìm kiếm để thấy các cuộc gọi cũ hơn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="217"/>
        <source>Found: %1</source>
        <translation>Tìm thấy: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="218"/>
        <source>Calls: %1</source>
        <translation>Cuộc gọi: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="218"/>
        <source>No calls yet.</source>
        <translation>Chưa có cuộc gọi nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="257"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="265"/>
        <source>Wrap-up code, saved at once</source>
        <translation>Mã kết quả cuộc gọi, được lưu ngay khi chọn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="267"/>
        <source>This profile has no wrap-up codes (dispositions in the config).</source>
        <translation>Hồ sơ này chưa có mã kết quả (mục dispositions trong tệp cấu hình).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="276"/>
        <source>This note could not be read from the journal (%1). Select the call again in a moment.</source>
        <translation>Không đọc được ghi chú này từ nhật ký (%1). Lát nữa hãy chọn lại cuộc gọi này.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="288"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="313"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="194"/>
        <source>Call</source>
        <extracomment>columns whose cells are right-aligned numbers ``texts(row)``: the display text of each column (every subclass defines the method) ``sort_values(row)``: the value the proxy sorts each column on (numbers or text, never None) a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="195"/>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="196"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="198"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="199"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="200"/>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="201"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="205"/>
        <source>↙ in</source>
        <translation>↙ gọi vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="206"/>
        <source>↗ out</source>
        <translation>↗ gọi ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="207"/>
        <source>↔ internal</source>
        <translation>↔ nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="208"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="212"/>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="213"/>
        <source>Talking</source>
        <translation>Đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="214"/>
        <source>In progress</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="215"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="54"/>
        <source>User name</source>
        <extracomment>The translation context of every label here (Qt&apos;s lupdate reads the markers below).</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="55"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="56"/>
        <source>SIP user</source>
        <translation>Tài khoản SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="57"/>
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="59"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="60"/>
        <source>Password (instead of an API key)</source>
        <translation>Mật khẩu (thay cho khóa API)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="61"/>
        <source>App secret</source>
        <translation>Mã bí mật ứng dụng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="62"/>
        <source>SIP password</source>
        <translation>Mật khẩu SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="63"/>
        <source>Company key</source>
        <translation>Khóa công ty</translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="64"/>
        <source>Webhook secret (optional)</source>
        <translation>Mã bí mật webhook (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="49"/>
        <source>Sign in — Agent Desk</source>
        <translation>Đăng nhập — Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="56"/>
        <source>New profile…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="76"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation>Webhook (tổng đài gửi sự kiện tới máy này)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="77"/>
        <source>Websocket (this computer connects)</source>
        <translation>Websocket (máy này kết nối tới tổng đài)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="78"/>
        <source>None (no screen-pops)</source>
        <translation>Không (không hiện cửa sổ cuộc gọi)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="87"/>
        <source>Wait until my phone picks up</source>
        <translation>Chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="87"/>
        <source>Return at once with the call id</source>
        <translation>Trả về ngay mã cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="96"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="97"/>
        <source>Profile name</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="98"/>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="99"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="100"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="110"/>
        <source>Call events</source>
        <translation>Sự kiện cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="111"/>
        <source>Click-to-call</source>
        <translation>Click-to-call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="112"/>
        <source>CRM address</source>
        <translation>Địa chỉ CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="114"/>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation>Ghi nhớ thông tin bí mật trên máy này (keyring hệ thống)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="120"/>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="238"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="160"/>
        <source>Leave empty to use the saved one</source>
        <translation>Để trống để dùng giá trị đã lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="211"/>
        <source>Enter a profile name.</source>
        <translation>Hãy nhập tên hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="213"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Đã có hồ sơ tên “%1”.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="238"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="97"/>
        <location filename="../../agent_desk/ui/window/main_window.py" line="260"/>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="109"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="171"/>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="172"/>
        <source>Sign in or switch profile…</source>
        <translation>Đăng nhập hoặc đổi hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="174"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="177"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="180"/>
        <source>&amp;Calls</source>
        <translation>&amp;Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="181"/>
        <source>Dial a number</source>
        <translation>Gọi một số</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="183"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="185"/>
        <source>Search the call history</source>
        <translation>Tìm trong lịch sử cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="190"/>
        <source>Copy the caller&apos;s number</source>
        <translation>Sao chép số người gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="191"/>
        <source>Open the caller in the CRM</source>
        <translation>Mở người gọi trong CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="192"/>
        <source>Write a note for the call</source>
        <translation>Ghi chú cho cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="193"/>
        <source>Dismiss the screen-pop</source>
        <translation>Đóng cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="198"/>
        <source>&amp;Options</source>
        <translation>Tù&amp;y chọn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="199"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="203"/>
        <source>Open the CRM when a call rings</source>
        <translation>Mở CRM khi có cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="204"/>
        <source>Ring sound with screen-pops</source>
        <translation>Phát chuông khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="205"/>
        <source>Desktop notification with screen-pops</source>
        <translation>Thông báo trên màn hình khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="207"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="210"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="217"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="218"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="32"/>
        <source>click-to-call that waits for your phone</source>
        <translation>click-to-call chờ bạn nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="33"/>
        <source>click-to-call that returns at once</source>
        <translation>click-to-call trả về ngay</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="34"/>
        <source>live calls</source>
        <translation>cuộc gọi đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="35"/>
        <source>listening in</source>
        <translation>nghe xen</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="36"/>
        <source>whispering</source>
        <translation>nói riêng với nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="37"/>
        <source>barging in</source>
        <translation>chen vào cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="38"/>
        <source>transfers</source>
        <translation>chuyển cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="39"/>
        <source>softphone status</source>
        <translation>trạng thái softphone</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="40"/>
        <source>agent states</source>
        <translation>trạng thái nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="41"/>
        <source>queue figures</source>
        <translation>số liệu hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="42"/>
        <source>call history</source>
        <translation>lịch sử cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="43"/>
        <source>recordings</source>
        <translation>ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="44"/>
        <source>customer records</source>
        <translation>hồ sơ khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="45"/>
        <source>call events by webhook</source>
        <translation>sự kiện cuộc gọi qua webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="46"/>
        <source>webhook registration</source>
        <translation>đăng ký webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="47"/>
        <source>call events by websocket</source>
        <translation>sự kiện cuộc gọi qua websocket</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="54"/>
        <source>API key</source>
        <translation>khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="55"/>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="56"/>
        <source>app secret</source>
        <translation>mã bí mật ứng dụng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="57"/>
        <source>SIP password</source>
        <translation>mật khẩu SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="58"/>
        <source>company key</source>
        <translation>khóa công ty</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="59"/>
        <source>webhook secret</source>
        <translation>mã bí mật webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="76"/>
        <source>Enter a phone number or an extension.</source>
        <translation>Hãy nhập số điện thoại hoặc máy nhánh.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="79"/>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation>“%1” không phải là số điện thoại: chỉ dùng chữ số, dấu cách và dấu + ở đầu (nếu có).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="86"/>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation>“%1” không đúng số chữ số của một số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="88"/>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="93"/>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation>Softphone của bạn chưa đăng ký: hãy mở softphone, đăng nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="97"/>
        <source>Your extension is busy on another call.</source>
        <translation>Máy nhánh của bạn đang bận với một cuộc gọi khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="99"/>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation>Tổng đài không chấp nhận thông tin đăng nhập: hãy kiểm tra khóa API hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="103"/>
        <source>The PBX does not know that user, call or record.</source>
        <translation>Tổng đài không tìm thấy người dùng, cuộc gọi hoặc bản ghi đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="105"/>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation>Bạn chưa nhấc máy nên khách hàng chưa được gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="110"/>
        <source>The PBX refused: %1</source>
        <translation>Tổng đài từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="111"/>
        <source>The PBX refused the request (%1).</source>
        <translation>Tổng đài từ chối yêu cầu (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="117"/>
        <source>The certificate of %1 comes from an issuer this computer does not trust.</source>
        <translation>Chứng chỉ của %1 do một nơi cấp mà máy tính này không tin cậy.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="120"/>
        <source>The certificate of %1 has expired.</source>
        <translation>Chứng chỉ của %1 đã hết hạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="121"/>
        <source>The certificate of %1 is for another name.</source>
        <translation>Chứng chỉ của %1 được cấp cho một tên khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="123"/>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Không kiểm tra được chứng chỉ của %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="124"/>
        <source>Ask IT to install the company&apos;s certificate authority, or set a CA file in the profile.</source>
        <translation>Hãy nhờ bộ phận IT cài chứng chỉ gốc (CA) của công ty, hoặc đặt tệp CA trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="135"/>
        <source>The PBX did not answer in time.</source>
        <translation>Tổng đài không phản hồi kịp thời.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="140"/>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation>Tổng đài gặp lỗi máy chủ; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="141"/>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation>Không kết nối được tới tổng đài: hãy kiểm tra mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="144"/>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation>%1 không làm được việc này: không có API cho %2.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="149"/>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation>Máy tính này không có keyring hệ thống nên thông tin bí mật không được ghi nhớ; nó chỉ được giữ trong bộ nhớ cho đến khi bạn đăng xuất.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="156"/>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation>Hồ sơ “%1” chưa có %2: hãy nhập trong cửa sổ đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="165"/>
        <source>Configuration problem: %1</source>
        <translation>Lỗi cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="169"/>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation>Lỗi không mong muốn (%1); xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="175"/>
        <source>The disk is full, so the journal could not be saved. Free some space; your text is kept here and saved again as you type.</source>
        <translation>Ổ đĩa đã đầy nên chưa lưu được nhật ký. Hãy giải phóng bớt dung lượng; nội dung bạn gõ vẫn được giữ ở đây và sẽ được lưu lại khi bạn gõ tiếp.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="180"/>
        <source>The journal&apos;s folder cannot be written to, so it could not be saved. Your text is kept here; copy it somewhere safe.</source>
        <translation>Không ghi được vào thư mục chứa nhật ký nên chưa lưu được. Nội dung bạn gõ vẫn được giữ ở đây; hãy sao chép sang nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="185"/>
        <source>This call could not be written to the journal, so its note is not saved yet. Your text is kept here.</source>
        <translation>Cuộc gọi này chưa ghi được vào nhật ký nên ghi chú chưa được lưu. Nội dung bạn gõ vẫn được giữ ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="191"/>
        <source>The journal could not be saved (%1). Your text is kept here; copy it somewhere safe.</source>
        <translation>Không lưu được nhật ký (%1). Nội dung bạn gõ vẫn được giữ ở đây; hãy sao chép sang nơi an toàn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="201"/>
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
    <name>Notes</name>
    <message>
        <location filename="../../agent_desk/ui/journal/notes.py" line="168"/>
        <source>— no disposition —</source>
        <translation>— chưa chọn kết quả —</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="109"/>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="144"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="110"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="114"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="115"/>
        <source>Open the recording in your browser or media player</source>
        <translation>Mở ghi âm bằng trình duyệt hoặc trình phát nhạc</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="118"/>
        <source>Recording:</source>
        <translation>Ghi âm:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="138"/>
        <source>Play the selected call&apos;s recording here</source>
        <translation>Phát ghi âm của cuộc gọi đã chọn ngay tại đây</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="144"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="132"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="132"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="151"/>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="202"/>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="219"/>
        <source>No screen-pop is open.</source>
        <translation>Không có cửa sổ cuộc gọi nào đang mở.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="222"/>
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
        <location filename="../../agent_desk/ui/console/panels.py" line="84"/>
        <source>Queues</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="102"/>
        <source>Waiting (right)</source>
        <translation>Đang chờ (trục phải)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="104"/>
        <source>Answered per minute (left)</source>
        <translation>Đã trả lời mỗi phút (trục trái)</translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="309"/>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="310"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="311"/>
        <source>Answered</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="312"/>
        <source>Lost</source>
        <translation>Bỏ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="313"/>
        <source>Free</source>
        <translation>Rảnh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="314"/>
        <source>Longest</source>
        <translation>Lâu nhất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="317"/>
        <source>Calls waiting for an agent now</source>
        <translation>Số cuộc gọi đang chờ nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="318"/>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation>Số cuộc gọi đã được trả lời, theo số đếm của tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="319"/>
        <source>Callers who hung up before an agent answered</source>
        <translation>Số khách gác máy trước khi có nhân viên trả lời</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="320"/>
        <source>Agents of the queue free to take a call</source>
        <translation>Số nhân viên của hàng chờ đang rảnh để nhận cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="321"/>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Thời gian chờ của khách chờ lâu nhất</translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="27"/>
        <source>Quick dial</source>
        <translation>Gọi nhanh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="29"/>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="31"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="94"/>
        <source>The recording could not be played: %1</source>
        <translation>Không phát được ghi âm: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="94"/>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="85"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="200"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="92"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="126"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="98"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="101"/>
        <source>Looking up the customer…</source>
        <translation>Đang tìm khách hàng…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="105"/>
        <source>Queue %1</source>
        <translation>Hàng chờ %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="108"/>
        <source>Loading recent calls…</source>
        <translation>Đang tải các cuộc gọi gần đây…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="113"/>
        <source>Open CRM</source>
        <translation>Mở CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="116"/>
        <source>Open the customer in the CRM</source>
        <translation>Mở khách hàng trong CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="116"/>
        <source>No CRM address is set in this profile</source>
        <translation>Hồ sơ này chưa đặt địa chỉ CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="119"/>
        <source>Copy number</source>
        <translation>Sao chép số</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="121"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="123"/>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="135"/>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="152"/>
        <source>Wrap-up:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="201"/>
        <source>On call · %1</source>
        <translation>Đang đàm thoại · %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="202"/>
        <source>Call ended</source>
        <translation>Cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="203"/>
        <source>No longer ringing</source>
        <translation>Đã ngừng đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="204"/>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="208"/>
        <source>Call ended · %1</source>
        <translation>Cuộc gọi đã kết thúc · %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="224"/>
        <source>Not in the customer list</source>
        <translation>Không có trong danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="226"/>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="234"/>
        <source>Customer lookup failed: %1</source>
        <translation>Không tìm được khách hàng: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="238"/>
        <source>No earlier calls with this number</source>
        <translation>Chưa có cuộc gọi nào trước đây với số này</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="240"/>
        <source>Recent calls:</source>
        <translation>Cuộc gọi gần đây:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="244"/>
        <source>Recent calls could not be loaded: %1</source>
        <translation>Không tải được các cuộc gọi gần đây: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="295"/>
        <source>inbound</source>
        <translation>gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="296"/>
        <source>outbound</source>
        <translation>gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="297"/>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="300"/>
        <source>answered</source>
        <translation>đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="301"/>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="302"/>
        <source>busy</source>
        <translation>máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="303"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="304"/>
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
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="23"/>
        <source>Forget</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="24"/>
        <source>Remove this secret from the system keyring when you save</source>
        <translation>Xóa khóa bí mật này khỏi kho khóa hệ thống khi bạn lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="43"/>
        <source>Leave empty to keep the saved one</source>
        <translation>Để trống để giữ giá trị đã lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="49"/>
        <source>Removed from the keyring when you save</source>
        <translation>Sẽ bị xóa khỏi kho khóa khi bạn lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="57"/>
        <source>From the environment variable %1</source>
        <translation>Lấy từ biến môi trường %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="58"/>
        <source>Stored in the system keyring</source>
        <translation>Đã lưu trong kho khóa hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="59"/>
        <source>In the config file as plain text: Save moves it to the keyring</source>
        <translation>Đang ghi dạng văn bản thường trong tệp cấu hình: bấm Lưu để chuyển vào kho khóa</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="60"/>
        <source>Not stored</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="77"/>
        <source>Settings — Agent Desk</source>
        <translation>Cài đặt — Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="89"/>
        <source>There is no profile yet: sign in once (Account → Sign in) to create one. The screen-pop and appearance choices can be saved now.</source>
        <translation>Chưa có hồ sơ nào: hãy đăng nhập một lần (Tài khoản → Đăng nhập) để tạo hồ sơ. Các lựa chọn về cửa sổ cuộc gọi và giao diện vẫn lưu được ngay.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="96"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="115"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="97"/>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="98"/>
        <source>Screen-pop</source>
        <translation>Cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="99"/>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="105"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="562"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="162"/>
        <source>Agent</source>
        <translation>Điện thoại viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="162"/>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="166"/>
        <source>Check the server&apos;s TLS certificate (turn off only for a test PBX)</source>
        <translation>Kiểm tra chứng chỉ TLS của máy chủ (chỉ tắt với tổng đài thử nghiệm)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="167"/>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="168"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="169"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="170"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="186"/>
        <source>Click-to-call</source>
        <translation>Click-to-call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="187"/>
        <source>API timeout</source>
        <translation>Thời gian chờ API</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="188"/>
        <source>Wait for my phone</source>
        <translation>Chờ điện thoại của tôi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="196"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="206"/>
        <source>Derived from the server address</source>
        <translation>Suy ra từ địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="224"/>
        <source>Call events</source>
        <translation>Sự kiện cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="225"/>
        <source>Websocket address</source>
        <translation>Địa chỉ websocket</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="226"/>
        <source>Listen on address</source>
        <translation>Lắng nghe trên địa chỉ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="227"/>
        <source>Listen on port</source>
        <translation>Lắng nghe trên cổng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="228"/>
        <source>Address the PBX calls</source>
        <translation>Địa chỉ tổng đài gọi tới</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="239"/>
        <source>{phone} is replaced by the caller&apos;s number. Leave empty for no CRM button.</source>
        <translation>{phone} được thay bằng số của người gọi. Để trống nếu không cần nút CRM.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="242"/>
        <source>Open the CRM when a call rings</source>
        <translation>Mở CRM khi có cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="243"/>
        <source>Ring sound with screen-pops</source>
        <translation>Phát chuông khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="244"/>
        <source>Desktop notification with screen-pops</source>
        <translation>Thông báo trên màn hình khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="246"/>
        <source>CRM address</source>
        <translation>Địa chỉ CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="254"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="257"/>
        <source>Follow the system (light or dark)</source>
        <translation>Theo hệ thống (sáng hoặc tối)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="258"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="259"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="262"/>
        <source>A new language applies when Agent Desk starts again; the theme at once.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi mở lại Agent Desk; chủ đề màu áp dụng ngay.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="265"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="266"/>
        <source>Theme</source>
        <translation>Chủ đề màu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="268"/>
        <source>Start Agent Desk when I log in (screen-pops need it running)</source>
        <translation>Khởi động Agent Desk khi tôi đăng nhập máy (cần chạy ứng dụng để có cửa sổ cuộc gọi đến)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="337"/>
        <source>This provider&apos;s API has no click-to-call.</source>
        <translation>API của nhà cung cấp này không có click-to-call.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="356"/>
        <source>Wait until my phone picks up</source>
        <translation>Chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="356"/>
        <source>Return at once with the call id</source>
        <translation>Trả về ngay mã cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="360"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation>Webhook (tổng đài gửi sự kiện tới máy này)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="361"/>
        <source>Websocket (this computer connects)</source>
        <translation>Websocket (máy này kết nối tới tổng đài)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="362"/>
        <source>None (no screen-pops)</source>
        <translation>Không (không hiện cửa sổ cuộc gọi)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="381"/>
        <source>No call events: there are no screen-pops for this profile.</source>
        <translation>Không nhận sự kiện cuộc gọi: hồ sơ này sẽ không hiện cửa sổ cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="382"/>
        <source>Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX.</source>
        <translation>Agent Desk tự kết nối tới tổng đài: không cần cấu hình gì trên tổng đài.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="385"/>
        <source>When you sign in, Agent Desk registers %1 with the PBX as its callback address (and removes it when you quit).</source>
        <translation>Khi bạn đăng nhập, Agent Desk tự đăng ký %1 với tổng đài làm địa chỉ nhận sự kiện (và gỡ đi khi bạn thoát).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="391"/>
        <source>Ask your PBX administrator to send call events to %1, with the webhook secret.</source>
        <translation>Hãy nhờ quản trị viên tổng đài cấu hình gửi sự kiện cuộc gọi tới %1, kèm khóa bí mật webhook.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="395"/>
        <source>Enter the address the PBX can reach this computer at (e.g. http://&lt;this computer&apos;s address&gt;:%1), or ask your PBX administrator to send call events to this computer on port %1.</source>
        <translation>Nhập địa chỉ mà tổng đài truy cập được tới máy này (ví dụ http://&lt;địa chỉ máy này&gt;:%1), hoặc nhờ quản trị viên tổng đài gửi sự kiện cuộc gọi tới máy này qua cổng %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="405"/>
        <source>The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network.</source>
        <translation>Bộ lắng nghe chỉ nhận kết nối từ chính máy này (127.0.0.1): dùng 0.0.0.0 nếu tổng đài nằm ở máy khác trong mạng.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="417"/>
        <source>none is installed or running</source>
        <translation>chưa cài đặt hoặc chưa chạy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="418"/>
        <source>it is locked</source>
        <translation>kho khóa đang bị khóa</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="424"/>
        <source>No system keyring is usable on this computer (%1): secrets typed here are used until you sign out, not stored. Environment variables such as %2 still work.</source>
        <translation>Máy này không dùng được kho khóa hệ thống (%1): khóa bí mật nhập ở đây chỉ dùng đến khi bạn đăng xuất, không được lưu lại. Biến môi trường như %2 vẫn dùng được.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="456"/>
        <source>Enter the server address.</source>
        <translation>Hãy nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="458"/>
        <source>Use an address that starts with http:// or https://.</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="464"/>
        <source>Use an address that starts with ws://, wss://, http:// or https://.</source>
        <translation>Hãy dùng địa chỉ bắt đầu bằng ws://, wss://, http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="467"/>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation>Hãy nhập địa chỉ lắng nghe, ví dụ 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="469"/>
        <source>Enter a port number from 0 to 65535.</source>
        <translation>Hãy nhập số cổng từ 0 đến 65535.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="471"/>
        <source>Use an http:// or https:// address the PBX can reach.</source>
        <translation>Hãy dùng địa chỉ http:// hoặc https:// mà tổng đài truy cập được.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="474"/>
        <source>The CRM address must start with http:// or https://.</source>
        <translation>Địa chỉ CRM phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="476"/>
        <source>The CRM address must contain {phone} where the caller&apos;s number goes.</source>
        <translation>Địa chỉ CRM phải chứa {phone} ở chỗ điền số người gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="562"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="98"/>
        <source>No system keyring is available on this computer, so the secrets were not stored: set them in environment variables instead (%1).</source>
        <translation>Máy này không có kho khóa hệ thống nên khóa bí mật chưa được lưu: hãy đặt chúng trong biến môi trường (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="108"/>
        <source>The profile was not saved: its config file holds secrets that would be lost without a keyring to move them to.</source>
        <translation>Hồ sơ chưa được lưu: tệp cấu hình đang chứa mật khẩu/khóa bí mật, sẽ bị mất nếu không có kho khóa (keyring) để chuyển sang.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="150"/>
        <source>Starting at login could not be changed: %1</source>
        <translation>Không đổi được việc khởi động khi đăng nhập: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts — Agent Desk</source>
        <translation>Phím tắt — Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="18"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="18"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="24"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="47"/>
        <source>Signing in to %1…</source>
        <translation>Đang đăng nhập vào %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="50"/>
        <source>Signed out</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="58"/>
        <source>%1 · extension %2</source>
        <translation>%1 · máy nhánh %2</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="59"/>
        <source>Signed in to %1 with profile “%2”</source>
        <translation>Đã đăng nhập %1 với hồ sơ “%2”</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="68"/>
        <source>Softphone registered</source>
        <translation>Softphone đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="73"/>
        <source>Softphone not registered</source>
        <translation>Softphone chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="74"/>
        <source>Open your softphone and sign in: calls cannot reach you until it is registered.</source>
        <translation>Hãy mở softphone và đăng nhập: cuộc gọi không thể đến với bạn cho đến khi softphone được đăng ký.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="82"/>
        <source>Softphone status unknown</source>
        <translation>Không rõ trạng thái softphone</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="84"/>
        <source>%1 does not report whether your softphone is registered.</source>
        <translation>%1 không cho biết softphone của bạn đã đăng ký hay chưa.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="102"/>
        <source>Call events off</source>
        <translation>Đã tắt sự kiện cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="103"/>
        <source>This profile receives no call events, so there are no screen-pops. Choose a webhook or websocket event source in the profile.</source>
        <translation>Hồ sơ này không nhận sự kiện cuộc gọi nên sẽ không có cửa sổ cuộc gọi. Hãy chọn nguồn sự kiện webhook hoặc websocket trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="111"/>
        <source>Call events: starting…</source>
        <translation>Sự kiện cuộc gọi: đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="114"/>
        <source>Call events: websocket connected</source>
        <translation>Sự kiện cuộc gọi: websocket đã kết nối</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="117"/>
        <source>Call events: listening on port %1</source>
        <translation>Sự kiện cuộc gọi: đang nghe trên cổng %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="123"/>
        <source>Call events: reconnecting…</source>
        <translation>Sự kiện cuộc gọi: đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="125"/>
        <source>Call events stopped</source>
        <translation>Sự kiện cuộc gọi đã dừng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="136"/>
        <source>Certificate checks off</source>
        <translation>Đã tắt kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="137"/>
        <source>This profile does not check the server&apos;s TLS certificate (verify_tls = false): turn the check back on in Settings, or ask IT for the company&apos;s certificate authority.</source>
        <translation>Hồ sơ này không kiểm tra chứng chỉ TLS của máy chủ (verify_tls = false): hãy bật lại trong Cài đặt, hoặc xin bộ phận IT chứng chỉ gốc (CA) của công ty.</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="118"/>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <translation>Lọc: máy nhánh, nhân viên, số khách hàng, hàng chờ, trạng thái…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="258"/>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation>Không đọc được các cuộc gọi đang diễn ra: %1 Sẽ thử lại sau %2 giây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="262"/>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation>Danh sách cuộc gọi đã cũ (đọc lần cuối lúc %1): %2 Sẽ thử lại sau %3 giây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="281"/>
        <source>%1 calls</source>
        <translation>%1 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="281"/>
        <source>%1 of %2 calls</source>
        <translation>%1 trên %2 cuộc gọi</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="102"/>
        <source>Transfer a call</source>
        <translation>Chuyển cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="111"/>
        <source>Extension, e.g. 105</source>
        <translation>Máy nhánh, ví dụ 105</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="117"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="123"/>
        <source>Transfer call %1 (%2, with %3) to:</source>
        <translation>Chuyển cuộc gọi %1 (%2, với %3) tới:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="138"/>
        <source>Choose an agent or type an extension.</source>
        <translation>Hãy chọn một nhân viên hoặc nhập số máy nhánh.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="141"/>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation>“%1” không phải là máy nhánh: hãy dùng chữ số (và chữ cái, nếu tổng đài có dùng).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="83"/>
        <source>Show Agent Desk</source>
        <translation>Hiện Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="85"/>
        <source>Quick dial…</source>
        <translation>Gọi nhanh…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="87"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="89"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="91"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="116"/>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
</context>
</TS>
