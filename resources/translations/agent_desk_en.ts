<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="279"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="281"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="282"/>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="283"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="284"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="285"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="286"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="67"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="52"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="40"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="41"/>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="42"/>
        <source>Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="43"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="50"/>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="51"/>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="52"/>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="55"/>
        <source>Move the call to another extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="78"/>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="82"/>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="86"/>
        <source>Extension %1 is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="87"/>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="90"/>
        <source>The PBX has no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="194"/>
        <location filename="../../agent_desk/ui/console/actions.py" line="277"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="198"/>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="208"/>
        <source>Select a call in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="250"/>
        <source>Barge into the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="256"/>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="65"/>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="71"/>
        <source>Listening to the call of %1 with %2 on your extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="72"/>
        <source>Whispering into the call of %1 with %2 from your extension %3: only the agent hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="75"/>
        <source>Joined the call of %1 with %2 from your extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="76"/>
        <source>The call of %1 with %2 was transferred to extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="100"/>
        <source>The call of %1 with %2 has ended: the PBX no longer knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="249"/>
        <source>Join the call of %1 with %2 from your extension %3? The agent and the customer will both hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="297"/>
        <source>Asking the PBX: %1 on the call of %2 with %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="35"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="36"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="37"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="38"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="127"/>
        <source>Double-click a call to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="81"/>
        <source>Calls to and from your extension appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="86"/>
        <source>Calls this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../agent_desk/ui/window/app.py" line="202"/>
        <source>The demo PBX could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/app.py" line="253"/>
        <source>Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="161"/>
        <source>History</source>
        <extracomment>masks every secret a sign-in resolves in every log line; ``app.main()`` installs it coroutines run on quit, after signing out (the demo stops its simulator here) notices an upgrade of the installed program (None when run from source: nothing is installed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="164"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="291"/>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="299"/>
        <source>The profile is used but not saved: the config file holds secrets written by hand (profile %1), which saving would remove. Store them in the keyring with “agent-desk secret set” or in environment variables, then remove them from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="313"/>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="342"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="356"/>
        <source>Agent Desk is already open with profile “%1”, so it did not switch to “%2”. To use “%2”, sign out and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="383"/>
        <source>The number will be dialled once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="394"/>
        <source>Agent Desk was updated. It restarts by itself as soon as no call is open, or quit and start it again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="424"/>
        <source>The new language applies when Agent Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="165"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="370"/>
        <source>Missed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="397"/>
        <source>Time to call back %1 (Missed tab: Call now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="400"/>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="400"/>
        <source>Call back %1 — click to call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="192"/>
        <source>Softphone not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="426"/>
        <source>Agent Desk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="427"/>
        <source>It keeps listening for your calls in the tray. To quit, use Quit in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="45"/>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="60"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="63"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="64"/>
        <source>Dial the phone number on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="78"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="80"/>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="110"/>
        <source>The clipboard holds no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="131"/>
        <source>Your phone rings first; the customer is dialled when you pick up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="63"/>
        <source>Sign in to place calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="67"/>
        <source>%1 has no click-to-call API, so calls are placed from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="83"/>
        <source>A call is already being placed: wait for it or stop waiting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="93"/>
        <source>Ringing your phone… pick it up to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="95"/>
        <source>Placing the call to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="110"/>
        <source>Stopped waiting. The call to %1 may still ring your phone; it will not be placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="124"/>
        <source>The call to %1 you stopped waiting for failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="134"/>
        <source>The call to %1 you stopped waiting for went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="139"/>
        <source>Your phone picked up: calling %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="145"/>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="29"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="30"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="31"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="33"/>
        <location filename="../../agent_desk/ui/history/model.py" line="44"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="38"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="39"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="40"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="41"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="42"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="49"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="50"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="51"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="52"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="53"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="54"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="55"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="97"/>
        <source>Customer code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/model.py" line="117"/>
        <source>▶ Recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="38"/>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="39"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="42"/>
        <source>Customer&apos;s number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="44"/>
        <source>Only my extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="46"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="50"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/filters.py" line="52"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="104"/>
        <source>Double-click a call, or press Enter, to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="106"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="107"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="108"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="109"/>
        <source>Save the calls loaded so far as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="180"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="201"/>
        <source>Loading calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="223"/>
        <source>No calls match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="225"/>
        <source>None of the calls loaded so far match; “Load more” looks further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="271"/>
        <source>%1 gives no access to call recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="273"/>
        <source>Select a call to play its recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="275"/>
        <location filename="../../agent_desk/ui/history/view.py" line="315"/>
        <source>This call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="346"/>
        <source>Export calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="346"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="359"/>
        <source>The calls could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="361"/>
        <source>%1 calls saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="377"/>
        <source>Sign in to see your call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="380"/>
        <source>%1 has no call history API, so past calls cannot be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="396"/>
        <source>All %1 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="398"/>
        <source>%1 of %2 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="399"/>
        <source>%1 calls loaded; more on the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="407"/>
        <source>Call the selected customer back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="36"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="37"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="39"/>
        <source>on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="46"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="47"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="48"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="65"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="66"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="67"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="68"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="69"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="70"/>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="100"/>
        <source>Call %1 back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="85"/>
        <source>Search number, customer, note or disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="118"/>
        <location filename="../../agent_desk/ui/journal/view.py" line="250"/>
        <source>Select a call to write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="121"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="128"/>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="139"/>
        <source>Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="185"/>
        <source>Sign in to see your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="215"/>
        <source>The newest %1 calls; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="217"/>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="218"/>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="218"/>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="257"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="265"/>
        <source>Wrap-up code, saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="267"/>
        <source>This profile has no wrap-up codes (dispositions in the config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="276"/>
        <source>This note could not be read from the journal (%1). Select the call again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="288"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="313"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="194"/>
        <source>Call</source>
        <extracomment>columns whose cells are right-aligned numbers ``texts(row)``: the display text of each column (every subclass defines the method) ``sort_values(row)``: the value the proxy sorts each column on (numbers or text, never None) a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="195"/>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="196"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="197"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="198"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="199"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="200"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="201"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="205"/>
        <source>↙ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="206"/>
        <source>↗ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="207"/>
        <source>↔ internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="208"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="212"/>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="213"/>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="214"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="215"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="49"/>
        <source>Sign in — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="56"/>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="76"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="77"/>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="78"/>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="87"/>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="87"/>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="96"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="97"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="98"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="99"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="100"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="110"/>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="111"/>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="112"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="114"/>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="120"/>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="238"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="123"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="160"/>
        <source>Leave empty to use the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="211"/>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="213"/>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="238"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="54"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="55"/>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="56"/>
        <source>SIP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="57"/>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="59"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="60"/>
        <source>Password (instead of an API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="61"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="62"/>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="63"/>
        <source>Company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="64"/>
        <source>Webhook secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="97"/>
        <location filename="../../agent_desk/ui/window/main_window.py" line="260"/>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="109"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="171"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="172"/>
        <source>Sign in or switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="174"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="177"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="180"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="181"/>
        <source>Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="183"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="185"/>
        <source>Search the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="190"/>
        <source>Copy the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="191"/>
        <source>Open the caller in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="192"/>
        <source>Write a note for the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="193"/>
        <source>Dismiss the screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="198"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="199"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="203"/>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="204"/>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="205"/>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="207"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="210"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="217"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="218"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="32"/>
        <source>click-to-call that waits for your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="33"/>
        <source>click-to-call that returns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="34"/>
        <source>live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="35"/>
        <source>listening in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="36"/>
        <source>whispering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="37"/>
        <source>barging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="38"/>
        <source>transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="39"/>
        <source>softphone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="40"/>
        <source>agent states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="41"/>
        <source>queue figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="42"/>
        <source>call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="43"/>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="44"/>
        <source>customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="45"/>
        <source>call events by webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="46"/>
        <source>webhook registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="47"/>
        <source>call events by websocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="54"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="55"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="56"/>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="57"/>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="58"/>
        <source>company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="59"/>
        <source>webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="76"/>
        <source>Enter a phone number or an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="79"/>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="86"/>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="88"/>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="93"/>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="97"/>
        <source>Your extension is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="99"/>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="103"/>
        <source>The PBX does not know that user, call or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="105"/>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="110"/>
        <source>The PBX refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="111"/>
        <source>The PBX refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="117"/>
        <source>The certificate of %1 comes from an issuer this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="120"/>
        <source>The certificate of %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="121"/>
        <source>The certificate of %1 is for another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="123"/>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="124"/>
        <source>Ask IT to install the company&apos;s certificate authority, or set a CA file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="135"/>
        <source>The PBX did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="140"/>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="141"/>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="144"/>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="149"/>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="156"/>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="165"/>
        <source>Configuration problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="169"/>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="175"/>
        <source>The disk is full, so the journal could not be saved. Free some space; your text is kept here and saved again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="180"/>
        <source>The journal&apos;s folder cannot be written to, so it could not be saved. Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="185"/>
        <source>This call could not be written to the journal, so its note is not saved yet. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="191"/>
        <source>The journal could not be saved (%1). Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="201"/>
        <source>The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../agent_desk/ui/journal/notes.py" line="168"/>
        <source>— no disposition —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="109"/>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="144"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="110"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="114"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="115"/>
        <source>Open the recording in your browser or media player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="118"/>
        <source>Recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="138"/>
        <source>Play the selected call&apos;s recording here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="144"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="132"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="132"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="151"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="202"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="219"/>
        <source>No screen-pop is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="222"/>
        <source>No CRM address is set in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="84"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="102"/>
        <source>Waiting (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="104"/>
        <source>Answered per minute (left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="309"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="310"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="311"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="312"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="313"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="314"/>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="317"/>
        <source>Calls waiting for an agent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="318"/>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="319"/>
        <source>Callers who hung up before an agent answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="320"/>
        <source>Agents of the queue free to take a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="321"/>
        <source>How long the longest-waiting caller has waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="27"/>
        <source>Quick dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="29"/>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="31"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="94"/>
        <source>The recording could not be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/recording_player.py" line="94"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="85"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="200"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="92"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="126"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="98"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="101"/>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="105"/>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="108"/>
        <source>Loading recent calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="113"/>
        <source>Open CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="116"/>
        <source>Open the customer in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="116"/>
        <source>No CRM address is set in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="119"/>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="121"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="123"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="135"/>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="152"/>
        <source>Wrap-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="201"/>
        <source>On call · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="202"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="203"/>
        <source>No longer ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="204"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="208"/>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="224"/>
        <source>Not in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="226"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="234"/>
        <source>Customer lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="238"/>
        <source>No earlier calls with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="240"/>
        <source>Recent calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="244"/>
        <source>Recent calls could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="295"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="296"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="297"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="300"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="301"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="302"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="303"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="304"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="131"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="132"/>
        <source>Move this call to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="23"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="24"/>
        <source>Remove this secret from the system keyring when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="43"/>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="49"/>
        <source>Removed from the keyring when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="57"/>
        <source>From the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="58"/>
        <source>Stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="59"/>
        <source>In the config file as plain text: Save moves it to the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/secret_row.py" line="60"/>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="77"/>
        <source>Settings — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="89"/>
        <source>There is no profile yet: sign in once (Account → Sign in) to create one. The screen-pop and appearance choices can be saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="96"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="115"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="97"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="98"/>
        <source>Screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="99"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="105"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="562"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="108"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="162"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="162"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="166"/>
        <source>Check the server&apos;s TLS certificate (turn off only for a test PBX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="167"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="168"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="169"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="170"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="186"/>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="187"/>
        <source>API timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="188"/>
        <source>Wait for my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="196"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="206"/>
        <source>Derived from the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="224"/>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="225"/>
        <source>Websocket address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="226"/>
        <source>Listen on address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="227"/>
        <source>Listen on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="228"/>
        <source>Address the PBX calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="239"/>
        <source>{phone} is replaced by the caller&apos;s number. Leave empty for no CRM button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="242"/>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="243"/>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="244"/>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="246"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="254"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="257"/>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="258"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="259"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="262"/>
        <source>A new language applies when Agent Desk starts again; the theme at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="265"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="266"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="268"/>
        <source>Start Agent Desk when I log in (screen-pops need it running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="337"/>
        <source>This provider&apos;s API has no click-to-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="356"/>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="356"/>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="360"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="361"/>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="362"/>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="381"/>
        <source>No call events: there are no screen-pops for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="382"/>
        <source>Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="385"/>
        <source>When you sign in, Agent Desk registers %1 with the PBX as its callback address (and removes it when you quit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="391"/>
        <source>Ask your PBX administrator to send call events to %1, with the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="395"/>
        <source>Enter the address the PBX can reach this computer at (e.g. http://&lt;this computer&apos;s address&gt;:%1), or ask your PBX administrator to send call events to this computer on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="405"/>
        <source>The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="417"/>
        <source>none is installed or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="418"/>
        <source>it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="424"/>
        <source>No system keyring is usable on this computer (%1): secrets typed here are used until you sign out, not stored. Environment variables such as %2 still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="456"/>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="458"/>
        <source>Use an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="464"/>
        <source>Use an address that starts with ws://, wss://, http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="467"/>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="469"/>
        <source>Enter a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="471"/>
        <source>Use an http:// or https:// address the PBX can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="474"/>
        <source>The CRM address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="476"/>
        <source>The CRM address must contain {phone} where the caller&apos;s number goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="562"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="249"/>
        <source>never (close it yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="255"/>
        <source>Close a pop after its call ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="98"/>
        <source>No system keyring is available on this computer, so the secrets were not stored: set them in environment variables instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="108"/>
        <source>The profile was not saved: its config file holds secrets that would be lost without a keyring to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="150"/>
        <source>Starting at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="15"/>
        <source>Keyboard shortcuts — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="18"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="18"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/shortcuts_dialog.py" line="24"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="47"/>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="50"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="58"/>
        <source>%1 · extension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="59"/>
        <source>Signed in to %1 with profile “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="68"/>
        <source>Softphone registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="73"/>
        <source>Softphone not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="74"/>
        <source>Open your softphone and sign in: calls cannot reach you until it is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="82"/>
        <source>Softphone status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="84"/>
        <source>%1 does not report whether your softphone is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="102"/>
        <source>Call events off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="103"/>
        <source>This profile receives no call events, so there are no screen-pops. Choose a webhook or websocket event source in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="111"/>
        <source>Call events: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="114"/>
        <source>Call events: websocket connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="117"/>
        <source>Call events: listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="123"/>
        <source>Call events: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="125"/>
        <source>Call events stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="136"/>
        <source>Certificate checks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="137"/>
        <source>This profile does not check the server&apos;s TLS certificate (verify_tls = false): turn the check back on in Settings, or ask IT for the company&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="118"/>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="258"/>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="262"/>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="281"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="281"/>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="102"/>
        <source>Transfer a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="111"/>
        <source>Extension, e.g. 105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="117"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="138"/>
        <source>Choose an agent or type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="141"/>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="129"/>
        <source>Transfer the call of %1 with %2 to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="83"/>
        <source>Show Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="85"/>
        <source>Quick dial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="87"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="89"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="91"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="116"/>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="125"/>
        <source>Missed calls waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCardView</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="65"/>
        <source>Put the ended call away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="84"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="88"/>
        <source>Open CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="96"/>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="159"/>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="159"/>
        <source>Incoming call, ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="160"/>
        <source>On call · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="161"/>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="161"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="162"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="169"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="175"/>
        <source>Move this call to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="179"/>
        <source>Open the customer in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/card.py" line="181"/>
        <source>No CRM address is set in this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="71"/>
        <source>Transfer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="76"/>
        <source>Colleague&apos;s name or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="84"/>
        <source>Loading your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="94"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="98"/>
        <source>Transfer your call with %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="108"/>
        <source>No colleagues are listed: type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="113"/>
        <source>Your colleagues could not be listed (%1): type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="127"/>
        <source>Not signed in on a softphone: the call cannot go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="145"/>
        <source>Choose a colleague or type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="147"/>
        <source>“%1” is not an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTransfer</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="173"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="228"/>
        <source>Your call with %1 was transferred to extension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="232"/>
        <source>Transferring your call with %1 to extension %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="257"/>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="260"/>
        <source>Extension %1 is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="263"/>
        <source>The PBX has no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="264"/>
        <source>Your call with %1 has ended: there is nothing to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="48"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="49"/>
        <source>on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="50"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="51"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="52"/>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="53"/>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="60"/>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/transfer.py" line="61"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedTracker</name>
    <message>
        <location filename="../../agent_desk/ui/missed/tracker.py" line="162"/>
        <source>%1 has no call history API: calls that came while Agent Desk was not listening cannot be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/tracker.py" line="177"/>
        <source>Calls missed while Agent Desk was not listening could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/tracker.py" line="194"/>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/tracker.py" line="194"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/tracker.py" line="195"/>
        <source>While you were away: %1, %2 missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedView</name>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="52"/>
        <source>No missed calls waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="54"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="56"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="57"/>
        <source>Take the call off the list without calling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="68"/>
        <source>Missed calls not called back yet, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/missed/view.py" line="88"/>
        <source>Double-click to call back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueCallbacks</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/callbacks.py" line="140"/>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/callbacks.py" line="142"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/callbacks.py" line="153"/>
        <source>Callbacks due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="52"/>
        <source>Wrap-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="59"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="64"/>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="74"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="75"/>
        <source>End the after-call work now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="136"/>
        <source>Wrap-up done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="145"/>
        <source>After-call work · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="160"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/callcard/wrapup.py" line="174"/>
        <source>Call back scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftphoneWatchdog</name>
    <message>
        <location filename="../../agent_desk/ui/window/watchdog.py" line="90"/>
        <source>Your softphone is not registered (since %1): calls cannot reach you. Open your softphone and sign in; this stays until the PBX sees it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePop</name>
    <message>
        <location filename="../../agent_desk/ui/pops/more.py" line="45"/>
        <source>1 more call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/more.py" line="45"/>
        <source>%1 more calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/more.py" line="53"/>
        <source>Show this call&apos;s screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
