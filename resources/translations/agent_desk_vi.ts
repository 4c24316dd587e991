<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="242"/>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="242"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="242"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="243"/>
        <source>Available</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="243"/>
        <source>On a call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="243"/>
        <source>Ringing</source>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="244"/>
        <source>Paused</source>
        <translation>Tạm nghỉ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="244"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="244"/>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="68"/>
        <source>Agents</source>
        <translation>Nhân viên</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="42"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="39"/>
        <source>Listen</source>
        <translation>Nghe xen</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="40"/>
        <source>Whisper</source>
        <translation>Nói riêng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="41"/>
        <source>Barge</source>
        <translation>Chen vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="42"/>
        <source>Transfer…</source>
        <translation>Chuyển cuộc gọi…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="48"/>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation>Nghe cuộc gọi trên điện thoại của bạn; không ai nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="49"/>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation>Nói với nhân viên qua điện thoại của bạn; khách hàng không nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="51"/>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation>Tham gia cuộc gọi trên điện thoại của bạn: cả nhân viên và khách hàng đều nghe thấy bạn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="53"/>
        <source>Move the call to another extension</source>
        <translation>Chuyển cuộc gọi sang máy nhánh khác</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="61"/>
        <source>Listening to call %1 on your extension %2.</source>
        <translation>Đang nghe xen cuộc gọi %1 trên máy nhánh %2 của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="62"/>
        <source>Whispering into call %1 from your extension %2: only the agent hears you.</source>
        <translation>Đang nói riêng vào cuộc gọi %1 từ máy nhánh %2 của bạn: chỉ nhân viên nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="64"/>
        <source>Joined call %1 from your extension %2.</source>
        <translation>Đã chen vào cuộc gọi %1 từ máy nhánh %2 của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="65"/>
        <source>Call %1 was transferred to extension %2.</source>
        <translation>Cuộc gọi %1 đã được chuyển sang máy nhánh %2.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="75"/>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation>Máy nhánh %1 chưa đăng nhập softphone nên không thể chuyển cuộc gọi sang đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="78"/>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation>Máy nhánh %1 của bạn chưa đăng nhập softphone: hãy mở softphone và thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="83"/>
        <source>Extension %1 is busy on another call.</source>
        <translation>Máy nhánh %1 đang bận một cuộc gọi khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="84"/>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation>Máy nhánh %1 của bạn đang trong một cuộc gọi hoặc đang nghe xen một cuộc gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="88"/>
        <source>The PBX has no extension %1.</source>
        <translation>Tổng đài không có máy nhánh %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="89"/>
        <source>Call %1 has ended: the PBX no longer knows it.</source>
        <translation>Cuộc gọi %1 đã kết thúc: tổng đài không còn cuộc gọi này.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="181"/>
        <location filename="../../agent_desk/ui/console/actions.py" line="254"/>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="185"/>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation>Hồ sơ của bạn chưa có máy nhánh để nghe: hãy đặt máy nhánh rồi đăng nhập lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="195"/>
        <source>Select a call in the table first.</source>
        <translation>Hãy chọn một cuộc gọi trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="228"/>
        <source>Join call %1 from your extension %2? The agent and the customer will both hear you.</source>
        <translation>Chen vào cuộc gọi %1 từ máy nhánh %2 của bạn? Cả nhân viên và khách hàng sẽ nghe thấy bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="231"/>
        <source>Barge into the call?</source>
        <translation>Chen vào cuộc gọi?</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="234"/>
        <source>Barge in</source>
        <translation>Chen vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="266"/>
        <source>Asking the PBX: %1 on call %2…</source>
        <translation>Đang gửi yêu cầu tới tổng đài: %1 cuộc gọi %2…</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="34"/>
        <source>ringing</source>
        <translation>đang đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="35"/>
        <source>answered</source>
        <translation>đã nghe máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="36"/>
        <source>ended</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="37"/>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="125"/>
        <source>Double-click a call to call the number back</source>
        <translation>Nhấp đúp vào một cuộc gọi để gọi lại số đó</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="79"/>
        <source>Calls to and from your extension appear here.</source>
        <translation>Các cuộc gọi đến và đi của máy nhánh của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/call_log.py" line="84"/>
        <source>Calls this session</source>
        <translation>Cuộc gọi trong phiên này</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="133"/>
        <source>The demo PBX could not start: %1</source>
        <translation>Không khởi động được tổng đài demo: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/app.py" line="179"/>
        <source>Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.</source>
        <translation>Chế độ demo: tổng đài mô phỏng tại %1 gửi một cuộc gọi đến sau mỗi vài giây. Không cuộc gọi nào đến điện thoại thật.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="212"/>
        <source>Your softphone is not registered: open it and sign in, or calls cannot reach you.</source>
        <extracomment>coroutines run on quit, after signing out (the demo stops its simulator here)</extracomment>
        <translation>Softphone của bạn chưa đăng ký: hãy mở và đăng nhập, nếu không cuộc gọi sẽ không đến được với bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="223"/>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation>Hồ sơ đang được dùng nhưng chưa được lưu vì tệp cấu hình có lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="231"/>
        <source>The profile could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="260"/>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="280"/>
        <source>The number will be dialled once you are signed in.</source>
        <translation>Số này sẽ được gọi ngay khi bạn đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/desk.py" line="290"/>
        <source>The new language applies when Agent Desk starts again.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng khi Agent Desk khởi động lại.</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="33"/>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="48"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="51"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="52"/>
        <source>Dial the phone number on the clipboard</source>
        <translation>Gọi số điện thoại đang có trong bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="67"/>
        <source>Stop waiting</source>
        <translation>Ngừng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="68"/>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation>Ngừng chờ điện thoại của bạn. Cuộc gọi không bị rút lại và không bao giờ được gọi hai lần.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="98"/>
        <source>The clipboard holds no phone number.</source>
        <translation>Bộ nhớ tạm không có số điện thoại nào.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dial_pad.py" line="117"/>
        <source>Your phone rings first; the customer is dialled when you pick up.</source>
        <translation>Điện thoại của bạn đổ chuông trước; khách hàng được gọi khi bạn nhấc máy.</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="63"/>
        <source>Sign in to place calls.</source>
        <translation>Hãy đăng nhập để gọi điện.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="66"/>
        <source>%1 has no click-to-call API, so calls are placed from your phone.</source>
        <translation>%1 không có API click-to-call, vì vậy hãy gọi trực tiếp từ điện thoại của bạn.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="81"/>
        <source>A call is already being placed: wait for it or stop waiting first.</source>
        <translation>Đang có một cuộc gọi được thực hiện: hãy chờ hoặc ngừng chờ trước đã.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="91"/>
        <source>Ringing your phone… pick it up to call %1.</source>
        <translation>Đang đổ chuông điện thoại của bạn… hãy nhấc máy để gọi %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="93"/>
        <source>Placing the call to %1…</source>
        <translation>Đang gọi %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="103"/>
        <source>Stopped waiting. The call to %1 may still ring your phone; it will not be placed again.</source>
        <translation>Đã ngừng chờ. Cuộc gọi tới %1 vẫn có thể đổ chuông điện thoại của bạn; cuộc gọi sẽ không được thực hiện lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="118"/>
        <source>The call to %1 you stopped waiting for failed: %2</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ không thành công: %2</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="124"/>
        <source>The call to %1 you stopped waiting for went through.</source>
        <translation>Cuộc gọi tới %1 mà bạn đã ngừng chờ đã được kết nối.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="129"/>
        <source>Your phone picked up: calling %1.</source>
        <translation>Bạn đã nhấc máy: đang gọi %1.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="131"/>
        <source>Call to %1 placed (call id %2): your phone will ring.</source>
        <translation>Đã đặt cuộc gọi tới %1 (mã cuộc gọi %2): điện thoại của bạn sẽ đổ chuông.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialer.py" line="134"/>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation>Đã đặt cuộc gọi tới %1: điện thoại của bạn sẽ đổ chuông.</translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Call</source>
        <extracomment>columns whose cells are right-aligned numbers a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Ext.</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="198"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="198"/>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="198"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="200"/>
        <source>↙ in</source>
        <translation>↙ gọi vào</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="200"/>
        <source>↗ out</source>
        <translation>↗ gọi ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="201"/>
        <source>↔ internal</source>
        <translation>↔ nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="201"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="203"/>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation>Đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="203"/>
        <source>Talking</source>
        <translation>Đàm thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="204"/>
        <source>In progress</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="204"/>
        <source>On hold</source>
        <translation>Đang giữ máy</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="42"/>
        <source>User name</source>
        <extracomment>provider → (profile text fields, secret fields) shown for it, beyond server and extension.</extracomment>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="43"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="44"/>
        <source>SIP user</source>
        <translation>Tài khoản SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="45"/>
        <source>Domain</source>
        <translation>Tên miền</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="46"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="47"/>
        <source>Password (instead of an API key)</source>
        <translation>Mật khẩu (thay cho khóa API)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="48"/>
        <source>App secret</source>
        <translation>Mã bí mật ứng dụng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="49"/>
        <source>SIP password</source>
        <translation>Mật khẩu SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="50"/>
        <source>Company key</source>
        <translation>Khóa công ty</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="51"/>
        <source>Webhook secret (optional)</source>
        <translation>Mã bí mật webhook (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="65"/>
        <source>Sign in — Agent Desk</source>
        <translation>Đăng nhập — Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="72"/>
        <source>New profile…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="87"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation>Webhook (tổng đài gửi sự kiện tới máy này)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="88"/>
        <source>Websocket (this computer connects)</source>
        <translation>Websocket (máy này kết nối tới tổng đài)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="89"/>
        <source>None (no screen-pops)</source>
        <translation>Không (không hiện cửa sổ cuộc gọi)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="92"/>
        <source>Wait until my phone picks up</source>
        <translation>Chờ đến khi tôi nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="93"/>
        <source>Return at once with the call id</source>
        <translation>Trả về ngay mã cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="100"/>
        <source>Profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="101"/>
        <source>Profile name</source>
        <translation>Tên hồ sơ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="102"/>
        <source>Provider</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="103"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="104"/>
        <source>Extension</source>
        <translation>Máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="115"/>
        <source>Call events</source>
        <translation>Sự kiện cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="116"/>
        <source>Click-to-call</source>
        <translation>Click-to-call</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="117"/>
        <source>CRM address</source>
        <translation>Địa chỉ CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="119"/>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation>Ghi nhớ thông tin bí mật trên máy này (keyring hệ thống)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="126"/>
        <location filename="../../agent_desk/ui/login_dialog.py" line="228"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="164"/>
        <source>Leave empty to use the saved one</source>
        <translation>Để trống để dùng giá trị đã lưu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="201"/>
        <source>Enter a profile name.</source>
        <translation>Hãy nhập tên hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="203"/>
        <source>A profile named “%1” already exists.</source>
        <translation>Đã có hồ sơ tên “%1”.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/login_dialog.py" line="228"/>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="73"/>
        <location filename="../../agent_desk/ui/main_window.py" line="178"/>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="85"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="140"/>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="141"/>
        <source>Sign in or switch profile…</source>
        <translation>Đăng nhập hoặc đổi hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="143"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="146"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="149"/>
        <source>&amp;Calls</source>
        <translation>&amp;Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="150"/>
        <source>Dial a number</source>
        <translation>Gọi một số</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="152"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="155"/>
        <source>&amp;Options</source>
        <translation>Tù&amp;y chọn</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="156"/>
        <source>Open the CRM when a call rings</source>
        <translation>Mở CRM khi có cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="157"/>
        <source>Ring sound with screen-pops</source>
        <translation>Phát chuông khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="158"/>
        <source>Desktop notification with screen-pops</source>
        <translation>Thông báo trên màn hình khi hiện cửa sổ cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="159"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/main_window.py" line="161"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="31"/>
        <source>click-to-call that waits for your phone</source>
        <translation>click-to-call chờ bạn nhấc máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="32"/>
        <source>click-to-call that returns at once</source>
        <translation>click-to-call trả về ngay</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="33"/>
        <source>live calls</source>
        <translation>cuộc gọi đang diễn ra</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="34"/>
        <source>listening in</source>
        <translation>nghe xen</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="35"/>
        <source>whispering</source>
        <translation>nói riêng với nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="36"/>
        <source>barging in</source>
        <translation>chen vào cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="37"/>
        <source>transfers</source>
        <translation>chuyển cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="38"/>
        <source>softphone status</source>
        <translation>trạng thái softphone</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="39"/>
        <source>agent states</source>
        <translation>trạng thái nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="40"/>
        <source>queue figures</source>
        <translation>số liệu hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="41"/>
        <source>call history</source>
        <translation>lịch sử cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="42"/>
        <source>recordings</source>
        <translation>ghi âm</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="43"/>
        <source>customer records</source>
        <translation>hồ sơ khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="44"/>
        <source>call events by webhook</source>
        <translation>sự kiện cuộc gọi qua webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="45"/>
        <source>webhook registration</source>
        <translation>đăng ký webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="46"/>
        <source>call events by websocket</source>
        <translation>sự kiện cuộc gọi qua websocket</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="53"/>
        <source>API key</source>
        <translation>khóa API</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="54"/>
        <source>password</source>
        <translation>mật khẩu</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="55"/>
        <source>app secret</source>
        <translation>mã bí mật ứng dụng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="56"/>
        <source>SIP password</source>
        <translation>mật khẩu SIP</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="57"/>
        <source>company key</source>
        <translation>khóa công ty</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="58"/>
        <source>webhook secret</source>
        <translation>mã bí mật webhook</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="69"/>
        <source>Enter a phone number or an extension.</source>
        <translation>Hãy nhập số điện thoại hoặc máy nhánh.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="71"/>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation>“%1” không phải là số điện thoại: chỉ dùng chữ số, dấu cách và dấu + ở đầu (nếu có).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="74"/>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation>“%1” không đúng số chữ số của một số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="76"/>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="81"/>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation>Softphone của bạn chưa đăng ký: hãy mở softphone, đăng nhập rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="84"/>
        <source>Your extension is busy on another call.</source>
        <translation>Máy nhánh của bạn đang bận với một cuộc gọi khác.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="86"/>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation>Tổng đài không chấp nhận thông tin đăng nhập: hãy kiểm tra khóa API hoặc mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="89"/>
        <source>The PBX does not know that user, call or record.</source>
        <translation>Tổng đài không tìm thấy người dùng, cuộc gọi hoặc bản ghi đó.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="91"/>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation>Bạn chưa nhấc máy nên khách hàng chưa được gọi.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="95"/>
        <source>The PBX refused: %1</source>
        <translation>Tổng đài từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="96"/>
        <source>The PBX refused the request (%1).</source>
        <translation>Tổng đài từ chối yêu cầu (%1).</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="104"/>
        <source>The PBX did not answer in time.</source>
        <translation>Tổng đài không phản hồi kịp thời.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="107"/>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation>Tổng đài gặp lỗi máy chủ; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="108"/>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation>Không kết nối được tới tổng đài: hãy kiểm tra mạng và địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="111"/>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation>%1 không làm được việc này: không có API cho %2.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="114"/>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation>Máy tính này không có keyring hệ thống nên thông tin bí mật không được ghi nhớ; nó chỉ được giữ trong bộ nhớ cho đến khi bạn đăng xuất.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="118"/>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation>Hồ sơ “%1” chưa có %2: hãy nhập trong cửa sổ đăng nhập.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="124"/>
        <source>Configuration problem: %1</source>
        <translation>Lỗi cấu hình: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="127"/>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation>Lỗi không mong muốn (%1); xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/messages.py" line="134"/>
        <source>The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.</source>
        <translation>Tổng đài không phản hồi kịp thời. Cuộc gọi vẫn có thể đổ chuông điện thoại của bạn: đừng gọi lại ngay.</translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <location filename="../../agent_desk/ui/pops.py" line="123"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops.py" line="123"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops.py" line="138"/>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops.py" line="189"/>
        <source>Copied %1</source>
        <translation>Đã sao chép %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops.py" line="294"/>
        <source>The note could not be saved; copy it somewhere safe.</source>
        <translation>Không lưu được ghi chú; hãy sao chép ghi chú ra nơi khác.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="85"/>
        <source>Queues</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="103"/>
        <source>Waiting (right)</source>
        <translation>Đang chờ (trục phải)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="105"/>
        <source>Answered per minute (left)</source>
        <translation>Đã trả lời mỗi phút (trục trái)</translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="265"/>
        <source>Queue</source>
        <translation>Hàng chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="265"/>
        <source>Waiting</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="265"/>
        <source>Answered</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="265"/>
        <source>Lost</source>
        <translation>Bỏ máy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="265"/>
        <source>Free</source>
        <translation>Rảnh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="266"/>
        <source>Longest</source>
        <translation>Lâu nhất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="267"/>
        <source>Calls waiting for an agent now</source>
        <translation>Số cuộc gọi đang chờ nhân viên</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="268"/>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation>Số cuộc gọi đã được trả lời, theo số đếm của tổng đài</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="269"/>
        <source>Callers who hung up before an agent answered</source>
        <translation>Số khách gác máy trước khi có nhân viên trả lời</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="270"/>
        <source>Agents of the queue free to take a call</source>
        <translation>Số nhân viên của hàng chờ đang rảnh để nhận cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="271"/>
        <source>How long the longest-waiting caller has waited</source>
        <translation>Thời gian chờ của khách chờ lâu nhất</translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="27"/>
        <source>Quick dial</source>
        <translation>Gọi nhanh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="29"/>
        <source>Phone number or extension</source>
        <translation>Số điện thoại hoặc máy nhánh</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="31"/>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="58"/>
        <location filename="../../agent_desk/ui/screen_pop.py" line="145"/>
        <source>Incoming call</source>
        <translation>Cuộc gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="65"/>
        <location filename="../../agent_desk/ui/screen_pop.py" line="98"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="71"/>
        <source>Unknown number</source>
        <translation>Số không xác định</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="74"/>
        <source>Looking up the customer…</source>
        <translation>Đang tìm khách hàng…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="78"/>
        <source>Queue %1</source>
        <translation>Hàng chờ %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="81"/>
        <source>Loading recent calls…</source>
        <translation>Đang tải các cuộc gọi gần đây…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="86"/>
        <source>Open CRM</source>
        <translation>Mở CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="88"/>
        <source>Open the customer in the CRM</source>
        <translation>Mở khách hàng trong CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="89"/>
        <source>No CRM address is set in this profile</source>
        <translation>Hồ sơ này chưa đặt địa chỉ CRM</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="91"/>
        <source>Copy number</source>
        <translation>Sao chép số</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="93"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="95"/>
        <source>Call back</source>
        <translation>Gọi lại</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="108"/>
        <source>Note for this call (saved as you type)</source>
        <translation>Ghi chú cho cuộc gọi này (tự lưu khi bạn gõ)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="146"/>
        <source>On call · %1</source>
        <translation>Đang đàm thoại · %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="147"/>
        <source>Call ended</source>
        <translation>Cuộc gọi đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="148"/>
        <source>No longer ringing</source>
        <translation>Đã ngừng đổ chuông</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="149"/>
        <source>Missed call</source>
        <translation>Cuộc gọi nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="153"/>
        <source>Call ended · %1</source>
        <translation>Cuộc gọi đã kết thúc · %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="161"/>
        <source>Not in the customer list</source>
        <translation>Không có trong danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="163"/>
        <source>(no name)</source>
        <translation>(không tên)</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="171"/>
        <source>Customer lookup failed: %1</source>
        <translation>Không tìm được khách hàng: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="175"/>
        <source>No earlier calls with this number</source>
        <translation>Chưa có cuộc gọi nào trước đây với số này</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="177"/>
        <source>Recent calls:</source>
        <translation>Cuộc gọi gần đây:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="181"/>
        <source>Recent calls could not be loaded: %1</source>
        <translation>Không tải được các cuộc gọi gần đây: %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="202"/>
        <source>inbound</source>
        <translation>gọi đến</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="203"/>
        <source>outbound</source>
        <translation>gọi đi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="204"/>
        <source>internal</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="205"/>
        <source>answered</source>
        <translation>đã nghe</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="206"/>
        <source>missed</source>
        <translation>nhỡ</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="207"/>
        <source>busy</source>
        <translation>máy bận</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="208"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/screen_pop.py" line="209"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="33"/>
        <source>Signing in to %1…</source>
        <translation>Đang đăng nhập vào %1…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="36"/>
        <source>Signed out</source>
        <translation>Chưa đăng nhập</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="42"/>
        <source>%1 · extension %2</source>
        <translation>%1 · máy nhánh %2</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="43"/>
        <source>Signed in to %1 with profile “%2”</source>
        <translation>Đã đăng nhập %1 với hồ sơ “%2”</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="52"/>
        <source>Softphone registered</source>
        <translation>Softphone đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="54"/>
        <source>Softphone not registered</source>
        <translation>Softphone chưa đăng ký</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="55"/>
        <source>Open your softphone and sign in: calls cannot reach you until it is registered.</source>
        <translation>Hãy mở softphone và đăng nhập: cuộc gọi không thể đến với bạn cho đến khi softphone được đăng ký.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="59"/>
        <source>Softphone status unknown</source>
        <translation>Không rõ trạng thái softphone</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="60"/>
        <source>%1 does not report whether your softphone is registered.</source>
        <translation>%1 không cho biết softphone của bạn đã đăng ký hay chưa.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="74"/>
        <source>Call events off</source>
        <translation>Đã tắt sự kiện cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="75"/>
        <source>This profile receives no call events, so there are no screen-pops. Choose a webhook or websocket event source in the profile.</source>
        <translation>Hồ sơ này không nhận sự kiện cuộc gọi nên sẽ không có cửa sổ cuộc gọi. Hãy chọn nguồn sự kiện webhook hoặc websocket trong hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="80"/>
        <source>Call events: starting…</source>
        <translation>Sự kiện cuộc gọi: đang khởi động…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="83"/>
        <source>Call events: websocket connected</source>
        <translation>Sự kiện cuộc gọi: websocket đã kết nối</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="85"/>
        <source>Call events: listening on port %1</source>
        <translation>Sự kiện cuộc gọi: đang nghe trên cổng %1</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="89"/>
        <source>Call events: reconnecting…</source>
        <translation>Sự kiện cuộc gọi: đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/status.py" line="91"/>
        <source>Call events stopped</source>
        <translation>Sự kiện cuộc gọi đã dừng</translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="88"/>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <translation>Lọc: máy nhánh, nhân viên, số khách hàng, hàng chờ, trạng thái…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="215"/>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation>Không đọc được các cuộc gọi đang diễn ra: %1 Sẽ thử lại sau %2 giây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="218"/>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation>Danh sách cuộc gọi đã cũ (đọc lần cuối lúc %1): %2 Sẽ thử lại sau %3 giây.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="233"/>
        <source>%1 calls</source>
        <translation>%1 cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="234"/>
        <source>%1 of %2 calls</source>
        <translation>%1 trên %2 cuộc gọi</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="100"/>
        <source>Transfer a call</source>
        <translation>Chuyển cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="107"/>
        <source>Extension, e.g. 105</source>
        <translation>Máy nhánh, ví dụ 105</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="113"/>
        <source>Transfer</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="118"/>
        <source>Transfer call %1 (%2, with %3) to:</source>
        <translation>Chuyển cuộc gọi %1 (%2, với %3) tới:</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="133"/>
        <source>Choose an agent or type an extension.</source>
        <translation>Hãy chọn một nhân viên hoặc nhập số máy nhánh.</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="135"/>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation>“%1” không phải là máy nhánh: hãy dùng chữ số (và chữ cái, nếu tổng đài có dùng).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="83"/>
        <source>Show Agent Desk</source>
        <translation>Hiện Agent Desk</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="85"/>
        <source>Quick dial…</source>
        <translation>Gọi nhanh…</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="87"/>
        <source>Call the copied number</source>
        <translation>Gọi số đã sao chép</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="89"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="91"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/tray.py" line="116"/>
        <source>Agent Desk</source>
        <translation>Agent Desk</translation>
    </message>
</context>
</TS>
