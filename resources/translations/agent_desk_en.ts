<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="362"/>
        <source>Ext.</source>
        <extracomment>extension → agent name from the agents list, for calls whose answer names no agent (TEL4VN) call id → &quot;listen&quot; | &quot;whisper&quot; | &quot;barge&quot;: what the supervisor is doing on that call call id → alert level (&quot;warn&quot; | &quot;error&quot;): rows an alert points at, painted in that colour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="362"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="362"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="364"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="365"/>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="366"/>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="367"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="368"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="369"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="70"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="54"/>
        <source>Callers waiting: %1 (alert at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="56"/>
        <source>A caller has waited %1 s (alert at %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="59"/>
        <source>Answer rate this hour: %1 % (alert below %2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="64"/>
        <source>Extension %1: softphone not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="67"/>
        <source>Extension %1 has been paused for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="68"/>
        <source>Extension %1 has been ringing for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="69"/>
        <source>Extension %1 has been on a call for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="73"/>
        <source>The PBX cannot be read: the figures are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="74"/>
        <source>Call events are not arriving: screen-pops may be missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="53"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="41"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="42"/>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="43"/>
        <source>Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="44"/>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="51"/>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="52"/>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="53"/>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="56"/>
        <source>Move the call to another extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="64"/>
        <source>Listening to call %1 on your extension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="65"/>
        <source>Whispering into call %1 from your extension %2: only the agent hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="68"/>
        <source>Joined call %1 from your extension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="69"/>
        <source>Call %1 was transferred to extension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="79"/>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="83"/>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="87"/>
        <source>Extension %1 is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="88"/>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="91"/>
        <source>The PBX has no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="92"/>
        <source>Call %1 has ended: the PBX no longer knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="199"/>
        <location filename="../../agent_desk/ui/console/actions.py" line="282"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="203"/>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="213"/>
        <source>Select a call in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="247"/>
        <source>Join call %1 from your extension %2? The agent and the customer will both hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="255"/>
        <source>Barge into the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="261"/>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="295"/>
        <source>Asking the PBX: %1 on call %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="38"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="39"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="40"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="41"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="42"/>
        <source>lost track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="138"/>
        <source>Double-click a call to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="89"/>
        <source>Calls to and from your extension appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/call_log.py" line="94"/>
        <source>Calls this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="65"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="66"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="67"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="68"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="70"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="75"/>
        <source>Autodialer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="76"/>
        <source>Autocall (IVR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="77"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="106"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="108"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="109"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="110"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="111"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="129"/>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="351"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="352"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="353"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="354"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="355"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="356"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="365"/>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="366"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="367"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="368"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="369"/>
        <source>Export report (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="370"/>
        <source>Do not call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="416"/>
        <source>%1 cannot list its queues, so this list shows the queues this desk created (kept in %2). Progress comes from the PBX&apos;s customer statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="462"/>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="463"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="464"/>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="465"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="466"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="467"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="468"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="469"/>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="471"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="470"/>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="507"/>
        <source>%1: %2 customers, %3 called, %4 answered, %5 still to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="541"/>
        <source>Creating “%1” with %2 customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="543"/>
        <source>Created “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="546"/>
        <source>The PBX refused %1 customer(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="563"/>
        <source>Started “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="564"/>
        <source>Stopped “%1”: calls already placed go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="565"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="578"/>
        <source>Delete a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="580"/>
        <source>Delete the campaign “%1” (%2)? It stops dialling and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="588"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="608"/>
        <source>%1 blocked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="612"/>
        <source>%1 is in no autocall queue this desk created: nothing to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="626"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="626"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="637"/>
        <source>%1 customers written to %2.</source>
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
        <location filename="../../agent_desk/ui/window/desk.py" line="164"/>
        <source>History</source>
        <extracomment>masks every secret a sign-in resolves in every log line; ``app.main()`` installs it coroutines run on quit, after signing out (the demo stops its simulator here) notices an upgrade of the installed program (None when run from source: nothing is installed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="167"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="272"/>
        <source>Your softphone is not registered: open it and sign in, or calls cannot reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="294"/>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="302"/>
        <source>The profile is used but not saved: the config file holds secrets written by hand (profile %1), which saving would remove. Store them in the keyring with “agent-desk secret set” or in environment variables, then remove them from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="316"/>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="349"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="351"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="352"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="367"/>
        <source>Agent Desk is already open with profile “%1”, so it did not switch to “%2”. To use “%2”, sign out and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="394"/>
        <source>The number will be dialled once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="405"/>
        <source>Agent Desk was updated. It restarts by itself as soon as no call is open, or quit and start it again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="426"/>
        <source>Supervisor alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/desk.py" line="440"/>
        <source>The new language applies when Agent Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="46"/>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="61"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="64"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="65"/>
        <source>Dial the phone number on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="79"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="81"/>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="112"/>
        <source>The clipboard holds no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dial_pad.py" line="133"/>
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
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="142"/>
        <source>Call to %1 placed (call id %2): your phone will ring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/dialing/dialer.py" line="145"/>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DncDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="263"/>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="265"/>
        <source>One number a line, e.g. 0901234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="273"/>
        <source>The numbers are blocked in the autocall queues this desk created whose customers have them; calls already placed go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="281"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="313"/>
        <source>Not a phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="315"/>
        <source>Enter at least one number.</source>
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
        <location filename="../../agent_desk/ui/history/view.py" line="106"/>
        <source>Double-click a call, or press Enter, to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="108"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="109"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="110"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="111"/>
        <source>Save the calls loaded so far as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="182"/>
        <source>The first day is after the last day: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="203"/>
        <source>Loading calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="225"/>
        <source>No calls match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="227"/>
        <source>None of the calls loaded so far match; “Load more” looks further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="273"/>
        <source>%1 gives no access to call recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="275"/>
        <source>Select a call to play its recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="277"/>
        <location filename="../../agent_desk/ui/history/view.py" line="317"/>
        <source>This call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="348"/>
        <source>Export calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="348"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="361"/>
        <source>The calls could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="363"/>
        <source>%1 calls saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="379"/>
        <source>Sign in to see your call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="382"/>
        <source>%1 has no call history API, so past calls cannot be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="398"/>
        <source>All %1 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="400"/>
        <source>%1 of %2 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="401"/>
        <source>%1 calls loaded; more on the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/history/view.py" line="409"/>
        <source>Call the selected customer back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="39"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="40"/>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="42"/>
        <source>on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="49"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="50"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="51"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="68"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="69"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="70"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="71"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="72"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="73"/>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="74"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/model.py" line="103"/>
        <source>Call %1 back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="86"/>
        <source>Search number, customer, note or disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="119"/>
        <location filename="../../agent_desk/ui/journal/view.py" line="252"/>
        <source>Select a call to write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="122"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="129"/>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="140"/>
        <source>Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="187"/>
        <source>Sign in to see your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="217"/>
        <source>The newest %1 calls; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="219"/>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="220"/>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="220"/>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="259"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="267"/>
        <source>Wrap-up code, saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="269"/>
        <source>This profile has no wrap-up codes (dispositions in the config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="278"/>
        <source>This note could not be read from the journal (%1). Select the call again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="290"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/journal/view.py" line="315"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="202"/>
        <source>Call</source>
        <extracomment>row colours of alert levels: light tints under dark text, and deep ones under light text (dark theme) columns whose cells are right-aligned numbers ``texts(row)``: the display text of each column (every subclass defines the method) ``sort_values(row)``: the value the proxy sorts each column on (numbers or text, never None) a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="203"/>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="204"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="205"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="206"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="207"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="208"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="209"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="213"/>
        <source>↙ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="214"/>
        <source>↗ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="215"/>
        <source>↔ internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="216"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="220"/>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="221"/>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="222"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="223"/>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="226"/>
        <source>you are listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="227"/>
        <source>you are whispering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="228"/>
        <source>you joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="54"/>
        <source>User name</source>
        <extracomment>The translation context of every label here (Qt&apos;s lupdate reads the markers below).</extracomment>
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
    <message>
        <location filename="../../agent_desk/providers/registry.py" line="66"/>
        <source>Relay token (from IT)</source>
        <extracomment>the desk&apos;s token for the company&apos;s relay (``events = &quot;relay&quot;``): no provider&apos;s, every webhook provider&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="51"/>
        <source>Sign in — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="58"/>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="78"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="79"/>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="80"/>
        <source>Relay (the company&apos;s relay server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="81"/>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="93"/>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="93"/>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="102"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="103"/>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="104"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="105"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="106"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="118"/>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="119"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="121"/>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="122"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="124"/>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="130"/>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="262"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="133"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="171"/>
        <source>Leave empty to use the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="235"/>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="237"/>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/login_dialog.py" line="262"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="99"/>
        <location filename="../../agent_desk/ui/window/main_window.py" line="262"/>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="111"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="173"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="174"/>
        <source>Sign in or switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="176"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="179"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="182"/>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="183"/>
        <source>Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="185"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="187"/>
        <source>Search the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="192"/>
        <source>Copy the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="193"/>
        <source>Open the caller in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="194"/>
        <source>Write a note for the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="195"/>
        <source>Dismiss the screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="200"/>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="201"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="205"/>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="206"/>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="207"/>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="209"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="212"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="219"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/main_window.py" line="220"/>
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
        <location filename="../../agent_desk/ui/common/messages.py" line="48"/>
        <source>outbound campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="49"/>
        <source>a do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="50"/>
        <source>call reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="57"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="58"/>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="59"/>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="60"/>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="61"/>
        <source>company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="62"/>
        <source>webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="63"/>
        <source>relay token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="80"/>
        <source>Enter a phone number or an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="83"/>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="90"/>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="92"/>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="97"/>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="101"/>
        <source>Your extension is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="103"/>
        <source>The company&apos;s relay did not accept this computer&apos;s relay token: ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="107"/>
        <source>The PBX asked to sign in again, so the call was not placed: press Call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="111"/>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="115"/>
        <source>The PBX does not know that user, call or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="117"/>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="122"/>
        <source>The PBX refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="123"/>
        <source>The PBX refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="129"/>
        <source>The certificate of %1 comes from an issuer this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="132"/>
        <source>The certificate of %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="133"/>
        <source>The certificate of %1 is for another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="135"/>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="136"/>
        <source>Ask IT to install the company&apos;s certificate authority, or set a CA file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="147"/>
        <source>The PBX did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="151"/>
        <source>The PBX&apos;s answer is too large, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="154"/>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="155"/>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="158"/>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="163"/>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="170"/>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="179"/>
        <source>Configuration problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="183"/>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="189"/>
        <source>The disk is full, so the journal could not be saved. Free some space; your text is kept here and saved again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="194"/>
        <source>The journal&apos;s folder cannot be written to, so it could not be saved. Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="199"/>
        <source>This call could not be written to the journal, so its note is not saved yet. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="205"/>
        <source>The journal could not be saved (%1). Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/messages.py" line="215"/>
        <source>The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="142"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="145"/>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="147"/>
        <source>Choose a CSV or XLSX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="151"/>
        <source>e.g. 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="153"/>
        <source>Extensions separated by commas, e.g. 101,102</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="161"/>
        <source>Empty: calls go to agents; a template: an IVR autocall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="170"/>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="195"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="171"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="172"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="173"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="174"/>
        <source>Calls per free agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="175"/>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="177"/>
        <source>IVR template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="182"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="195"/>
        <source>Customer lists (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="216"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="221"/>
        <source>%1 line(s) refused: correct the file and choose it again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="227"/>
        <source>%1 customers ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/campaigns.py" line="252"/>
        <source>“%1” is not an extension.</source>
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
    <name>Outcome</name>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="27"/>
        <source>answered</source>
        <extracomment>outcome → status level (the colour of :func:`agent_desk.ui.common.status.colour`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="28"/>
        <source>answered by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="29"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="30"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="31"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="32"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="33"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="34"/>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="42"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="43"/>
        <source>Answered by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="44"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="45"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="46"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="47"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="48"/>
        <source>Call failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/outcome.py" line="49"/>
        <source>Ended, outcome unknown</source>
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
        <location filename="../../agent_desk/ui/pops/manager.py" line="141"/>
        <source>More calls are ringing than pops can show; the others are listed in the call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="192"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="192"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="217"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="277"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="281"/>
        <source>This caller&apos;s number is not a phone number, so it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="297"/>
        <source>No screen-pop is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/manager.py" line="300"/>
        <source>No CRM address is set in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="87"/>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="105"/>
        <source>Waiting (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/panels.py" line="107"/>
        <source>Answered per minute (left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="392"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="393"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="394"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="395"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="396"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="397"/>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="400"/>
        <source>Calls waiting for an agent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="401"/>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="402"/>
        <source>Callers who hung up before an agent answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="403"/>
        <source>Agents of the queue free to take a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/models.py" line="404"/>
        <source>How long the longest-waiting caller has waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="28"/>
        <source>Quick dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="30"/>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="32"/>
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
    <name>ReportsView</name>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="78"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="80"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="82"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="89"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="92"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="120"/>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="93"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="112"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="121"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="308"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="94"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="113"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="122"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="308"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="95"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="123"/>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="96"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="124"/>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="97"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="125"/>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="98"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="114"/>
        <location filename="../../agent_desk/ui/console/reports.py" line="334"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="109"/>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="110"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="111"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="119"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="130"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="130"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="176"/>
        <source>Calls per queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="176"/>
        <source>Talk time per agent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="226"/>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="228"/>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="246"/>
        <source>%1 to %2, from the PBX&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="249"/>
        <source>%1 to %2, computed from %3 calls in the call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="252"/>
        <source>The history was longer than the desk reads at once: the figures are partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="361"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="363"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="371"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/reports.py" line="373"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="228"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="91"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="216"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="98"/>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="136"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="104"/>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="107"/>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="111"/>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="114"/>
        <source>Loading recent calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="119"/>
        <source>Open CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="122"/>
        <source>Open the customer in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="124"/>
        <source>This caller&apos;s number is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="126"/>
        <source>No CRM address is set in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="129"/>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="131"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="133"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="145"/>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="162"/>
        <source>Wrap-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="217"/>
        <source>On call · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="218"/>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="219"/>
        <source>No longer ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="220"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="221"/>
        <source>Lost track of this call: the PBX sent no news of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="230"/>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="246"/>
        <source>Not in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="248"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="256"/>
        <source>Customer lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="260"/>
        <source>No earlier calls with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="262"/>
        <source>Recent calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="266"/>
        <source>Recent calls could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="317"/>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="318"/>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="319"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="322"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="323"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="324"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="325"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/pops/screen_pop.py" line="326"/>
        <source>failed</source>
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
    <name>Session</name>
    <message>
        <location filename="../../agent_desk/ui/window/session.py" line="254"/>
        <source>The PBX recorded a call on your extension at %1, but no call event arrived for it: check that the PBX can reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/session.py" line="179"/>
        <source>The PBX had lost where to send call events (restarted?); Agent Desk registered again.</source>
        <extracomment>Seconds between two reads of the softphone registration while signed in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="429"/>
        <source>OnePOS has one webhook per company, and registering replaces it: the company&apos;s CRM and the other desks would stop getting calls. Let the relay own it, or ask your PBX administrator to send call events to %1. A desk registers itself only with register_webhook = true in its profile, and never clears it when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="81"/>
        <source>Settings — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="93"/>
        <source>There is no profile yet: sign in once (Account → Sign in) to create one. The screen-pop and appearance choices can be saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="100"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="119"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="101"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="102"/>
        <source>Screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="103"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="109"/>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="613"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="167"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="167"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="171"/>
        <source>Check the server&apos;s TLS certificate (turn off only for a test PBX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="172"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="173"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="174"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="175"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="191"/>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="192"/>
        <source>API timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="193"/>
        <source>Wait for my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="201"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="211"/>
        <source>Derived from the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="234"/>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="235"/>
        <source>Websocket address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="236"/>
        <source>Listen on address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="237"/>
        <source>Listen on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="238"/>
        <source>Address the PBX calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="240"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="251"/>
        <source>{phone} is replaced by the caller&apos;s number. Leave empty for no CRM button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="254"/>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="255"/>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="256"/>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="258"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="266"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="269"/>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="270"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="271"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="274"/>
        <source>A new language applies when Agent Desk starts again; the theme at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="277"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="278"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="280"/>
        <source>Start Agent Desk when I log in (screen-pops need it running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="350"/>
        <source>This provider&apos;s API has no click-to-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="369"/>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="369"/>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="373"/>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="374"/>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="375"/>
        <source>Relay (the company&apos;s relay server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="376"/>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="400"/>
        <source>No call events: there are no screen-pops for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="401"/>
        <source>Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="403"/>
        <source>Agent Desk connects to your company&apos;s relay, which receives the PBX&apos;s events for every desk: enter the relay address and the token IT gave you for your extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="408"/>
        <source>When you sign in, Agent Desk registers %1 with the PBX as its callback address (and removes it when you quit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="414"/>
        <source>Ask your PBX administrator to send call events to %1, with the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="418"/>
        <source>Enter the address the PBX can reach this computer at (e.g. http://&lt;this computer&apos;s address&gt;:%1), or ask your PBX administrator to send call events to this computer on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="438"/>
        <source>The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="457"/>
        <source>none is installed or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="458"/>
        <source>it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="464"/>
        <source>No system keyring is usable on this computer (%1): secrets typed here are used until you sign out, not stored. Environment variables such as %2 still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="496"/>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="498"/>
        <source>Use an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="504"/>
        <source>Use an address that starts with ws://, wss://, http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="507"/>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="509"/>
        <source>Enter a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="511"/>
        <source>Use an http:// or https:// address the PBX can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="516"/>
        <source>Enter the relay address IT gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="518"/>
        <source>Use an address that starts with https:// (or http:// on the office network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="522"/>
        <source>The CRM address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="524"/>
        <source>The CRM address must contain {phone} where the caller&apos;s number goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/dialog.py" line="613"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="103"/>
        <source>No system keyring is available on this computer, so the secrets were not stored: set them in environment variables instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="113"/>
        <source>The profile was not saved: its config file holds secrets that would be lost without a keyring to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/settings/flow.py" line="155"/>
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
        <location filename="../../agent_desk/ui/common/status.py" line="142"/>
        <source>Call events: a recent call never arrived</source>
        <translation type="unfinished"></translation>
    </message>
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
        <location filename="../../agent_desk/ui/common/status.py" line="115"/>
        <source>Call events: relay connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="117"/>
        <source>Connected to the company&apos;s relay, but it no longer had every event since this desk was last connected: calls in between may be missing here. Check the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="123"/>
        <source>Connected to the company&apos;s relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="127"/>
        <source>Call events: websocket connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="130"/>
        <source>Call events: listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="136"/>
        <source>Call events: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="149"/>
        <source>Call events: relay unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="150"/>
        <source>The company&apos;s relay has not answered for a while, so no calls can pop up. Agent Desk keeps trying; if this lasts, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="156"/>
        <source>Call events stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="167"/>
        <source>Certificate checks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/common/status.py" line="168"/>
        <source>This profile does not check the server&apos;s TLS certificate (verify_tls = false): turn the check back on in Settings, or ask IT for the company&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="124"/>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="152"/>
        <source>Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="153"/>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="339"/>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="343"/>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="362"/>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/view.py" line="362"/>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="84"/>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="85"/>
        <source> callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="86"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="88"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="89"/>
        <source>An agent&apos;s softphone is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="91"/>
        <source>The PBX cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="93"/>
        <source>Call events stop arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="96"/>
        <source>Callers waiting, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="97"/>
        <source>Longest wait, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="98"/>
        <source>Answer rate this hour, below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="99"/>
        <source>An agent in one state, for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/alerts.py" line="114"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="103"/>
        <source>Transfer a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="112"/>
        <source>Extension, e.g. 105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="118"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="124"/>
        <source>Transfer call %1 (%2, with %3) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="140"/>
        <source>Choose an agent or type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/actions.py" line="143"/>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="85"/>
        <source>Show Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="87"/>
        <source>Quick dial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="89"/>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="91"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="93"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/window/tray.py" line="118"/>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="63"/>
        <source>Wallboard — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="67"/>
        <source>Callers waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="68"/>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="69"/>
        <source>Answered this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="70"/>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="71"/>
        <source>Agents available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="72"/>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="73"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="74"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../agent_desk/ui/console/wallboard.py" line="84"/>
        <source>Esc closes the wallboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
