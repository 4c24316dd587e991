<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>This key combination cannot be used: it needs Ctrl, Alt or Meta and a letter, digit or F1-F24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program already uses this key combination: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not let a program take a key from other programs. Copy the number and use “Call the copied number” in the tray menu instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS a key for every program needs the Accessibility permission, which this version does not ask for yet. Copy the number and use “Call the copied number” in the menu bar icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desktop here, so no key for every program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The python-xlib package is missing, so no key for every program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>Ext.</source>
        <extracomment>extension → agent name from the agents list, for calls whose answer names no agent (TEL4VN) call id → &quot;listen&quot; | &quot;whisper&quot; | &quot;barge&quot;: what the supervisor is doing on that call call id → alert level (&quot;warn&quot; | &quot;error&quot;): rows an alert points at, painted in that colour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Callers waiting: %1 (alert at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller has waited %1 s (alert at %2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate this hour: %1 % (alert below %2 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1: softphone not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 has been paused for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 has been ringing for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 has been on a call for %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX cannot be read: the figures are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events are not arriving: screen-pops may be missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallActions</name>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the call on your phone; nobody hears you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to the agent on your phone; the customer does not hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the call on your phone: the agent and the customer both hear you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the call to another extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to the call of %1 with %2 on your extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispering into the call of %1 with %2 from your extension %3: only the agent hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the call of %1 with %2 from your extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call of %1 with %2 was transferred to extension %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call of %1 with %2 has ended: the PBX no longer knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the call of %1 with %2 from your extension %3? The agent and the customer will both hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the PBX: %1 on the call of %2 with %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extension %1 is not signed in on a softphone: open it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extension %1 is already on a call or listening to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX has no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile has no extension to listen from: set one and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge into the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallCardView</name>
    <message>
        <source>Put the ended call away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call, ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this call to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM address is set in this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a call to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to and from your extension appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autodialer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocall (IVR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list its queues, so this list shows the queues this desk created (kept in %2). Progress comes from the PBX&apos;s customer statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 customers, %3 called, %4 answered, %5 still to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1” with %2 customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX refused %1 customer(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped “%1”: calls already placed go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign “%1” (%2)? It stops dialling and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no autocall queue this desk created: nothing to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColleagueDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s name or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer your call with %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No colleagues are listed: type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleagues could not be listed (%1): type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in on a softphone: the call cannot go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colleague or type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo PBX could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: a simulated PBX on %1 sends an inbound call every few seconds. Nothing here reaches a real phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone not registered</source>
        <extracomment>masks every secret a sign-in resolves in every log line; ``app.main()`` installs it this launch&apos;s arguments, handed to the window already listening on our name if one is found when we listen (two launches at once; ``app.main`` sets them); None: run beside it coroutines run on quit, after signing out (the demo stops its simulator here) notices an upgrade of the installed program (None when run from source: nothing is installed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is used but not saved, because the config file has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is used but not saved: the config file holds secrets written by hand (profile %1), which saving would remove. Store them in the keyring with “agent-desk secret set” or in environment variables, then remove them from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk is already open with profile “%1”, so it did not switch to “%2”. To use “%2”, sign out and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number will be dialled once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk was updated. It restarts by itself as soon as no call is open, or quit and start it again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to call back %1 (Missed tab: Call now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1 — click to call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps listening for your calls in the tray. To quit, use Quit in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected or copied: select or copy a phone number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the phone number on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for your phone. The call is not withdrawn and is never placed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone rings first; the customer is dialled when you pick up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Sign in to place calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no click-to-call API, so calls are placed from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is already being placed: wait for it or stop waiting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing your phone… pick it up to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the call to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting. The call to %1 may still ring your phone; it will not be placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 you stopped waiting for failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 you stopped waiting for went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone picked up: calling %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to %1 placed: your phone will ring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DncDialog</name>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One number a line, e.g. 0901234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are blocked in the autocall queues this desk created whose customers have them; calls already placed go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueCallbacks</name>
    <message>
        <source>Call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>Any direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s number or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Double-click a call, or press Enter, to call the number back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calls loaded so far as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call loaded so far is with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day: change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the calls loaded so far match; “Load more” looks further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no access to call recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to play its recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no call history API, so past calls cannot be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls loaded; more on the PBX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected customer back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search number, customer, note or disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 calls; search to find older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up code, saved at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no wrap-up codes (dispositions in the config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note could not be read from the journal (%1). Select the call again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCallsModel</name>
    <message>
        <source>Call</source>
        <extracomment>row colours of alert levels: light tints under dark text, and deep ones under light text (dark theme) GUI time (seconds) one slice of a big insert may spend making rows: half a 16 ms frame rows put in at a time by a big insert into a table that has rows (as many chunks a turn as fit SLICE_BUDGET): the model&apos;s lists, the proxy&apos;s mapping and the view&apos;s header take them in a millisecond or two columns whose cells are right-aligned numbers the last waiting row of a sliced insert is in rows of an insert still to come, by id: [row, (sort values, haystack) once made, else None] a first load&apos;s waiting rows, made and sorted, for its one insert on the next turn (None: not yet) rows from this one on may have moved since the id → row index was made (see :meth:`_renumber`) ``texts(row)``: the display text of each column (every subclass defines the method) ``sort_values(row)``: the value the model sorts each column on (numbers or text, never None) a longer explanation of a column, shown as its header&apos;s tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↙ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↗ out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↔ internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <extracomment>TEL4VN lists a FreeSWITCH channel state; OnePOS the call&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are whispering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>User name</source>
        <extracomment>The translation context of every label here (Qt&apos;s lupdate reads the markers below).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (instead of an API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay token (from IT)</source>
        <extracomment>the desk&apos;s token for the company&apos;s relay (``events = &quot;relay&quot;``): no provider&apos;s, every webhook provider&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay (the company&apos;s relay server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the secrets on this computer (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company set up “%1” for you. Type your own sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the caller&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the caller in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>click-to-call that waits for your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click-to-call that returns at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whispering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softphone status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call events by webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call events by websocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number or an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your softphone is not registered: open it, sign in, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extension is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s relay did not accept this computer&apos;s relay token: ask IT for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX asked to sign in again, so the call was not placed: press Call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX did not accept your credentials: check the API key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX does not know that user, call or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not pick up the call on your phone, so the customer was not dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 comes from an issuer this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IT to install the company&apos;s certificate authority, or set a CA file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX&apos;s answer is too large, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX had a server error; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PBX: check the network and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot do this: it has no API for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available on this computer, so the secret was not remembered; it is kept in memory until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” has no %2: enter it in the sign-in window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk cannot listen on %1: another program may be using that port. Choose another port in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error (%1); details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that reads the live calls stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the journal could not be saved. Free some space; your text is kept here and saved again as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s folder cannot be written to, so it could not be saved. Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call could not be written to the journal, so its note is not saved yet. Your text is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be saved (%1). Your text is kept here; copy it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX did not answer in time. The call may still ring your phone: do not dial again straight away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedTracker</name>
    <message>
        <source>%1 has no call history API: calls that came while Agent Desk was not listening cannot be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls missed while Agent Desk was not listening could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were away: %1, %2 missed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissedView</name>
    <message>
        <source>No missed calls waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the call off the list without calling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed calls not called back yet, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to call back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePop</name>
    <message>
        <source>Show this call&apos;s screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions separated by commas, e.g. 101,102</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: calls go to agents; a template: an IVR autocall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per free agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) refused: correct the file and choose it again. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>The journal file was damaged: it was kept as {name} and a new journal was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no disposition —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>answered</source>
        <extracomment>outcome → status level (the colour of :func:`agent_desk.ui.common.status.colour`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended, outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTransfer</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call with %1 was transferred to extension %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring your call with %1 to extension %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 is not signed in on a softphone, so the call cannot go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension %1 is busy on another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX has no extension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your call with %1 has ended: there is nothing to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcmPlayer</name>
    <message>
        <source>the file is not a sound the desk can play (WAV, MP3 or FLAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no sound output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound output %1 did not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recording in your browser or media player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected call&apos;s recording here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopManager</name>
    <message>
        <source>More calls are ringing than pops can show; the others are listed in the call log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be called again by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in no autocall queue this desk created: nothing to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller&apos;s number is not a phone number, so it cannot be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen-pop is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM address is set in this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered per minute (left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls waiting for an agent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls answered so far, as the PBX counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers who hung up before an agent answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents of the queue free to take a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the longest-waiting caller has waited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickDial</name>
    <message>
        <source>Quick dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <source>The recording could not be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time per agent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, from the PBX&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, computed from %3 calls in the call history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was longer than the desk reads at once: the figures are partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPop</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recent calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller&apos;s number is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM address is set in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this call to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call this number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost track of this call: the PBX sent no news of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier calls with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks the number in the autocall queues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRow</name>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this secret from the system keyring when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keyring when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the config file as plain text: Save moves it to the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The PBX recorded a call on your extension at %1, but no call event arrived for it: check that the PBX can reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX had lost where to send call events (restarted?); Agent Desk registered again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>OnePOS has one webhook per company, and registering replaces it: the company&apos;s CRM and the other desks would stop getting calls. Let the relay own it, or ask your PBX administrator to send call events to %1. A desk registers itself only with register_webhook = true in its profile, and never clears it when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile yet: sign in once (Account → Sign in) to create one. The screen-pop and appearance choices can be saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS certificate (turn off only for a test PBX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websocket address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the PBX calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is replaced by the caller&apos;s number. Leave empty for no CRM button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CRM when a call rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring sound with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notification with screen-pops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (close it yourself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a pop after its call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Agent Desk when I log in (screen-pops need it running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or copy a number in any program, then press these keys to call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the selected number from any program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider&apos;s API has no click-to-call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until my phone picks up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return at once with the call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (the PBX posts to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websocket (this computer connects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay (the company&apos;s relay server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no screen-pops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call events: there are no screen-pops for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk connects to your company&apos;s relay, which receives the PBX&apos;s events for every desk: enter the relay address and the token IT gave you for your extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you sign in, Agent Desk registers %1 with the PBX as its callback address (and removes it when you quit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your PBX administrator to send call events to %1, with the webhook secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the PBX can reach this computer at (e.g. http://&lt;this computer&apos;s address&gt;:%1), or ask your PBX administrator to send call events to this computer on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none is installed or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is usable on this computer (%1): secrets typed here are used until you sign out, not stored. Environment variables such as %2 still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address that starts with ws://, wss://, http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to listen on, such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an http:// or https:// address the PBX can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the relay address IT gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address that starts with https:// (or http:// on the office network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM address must contain {phone} where the caller&apos;s number goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>No system keyring is available on this computer, so the secrets were not stored: set them in environment variables instead (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: its config file holds secrets that would be lost without a keyring to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftphoneWatchdog</name>
    <message>
        <source>Your softphone is not registered (since %1): calls cannot reach you. Open your softphone and sign in; this stays until the PBX sees it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Call events: a recent call never arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · extension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 with profile “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your softphone and sign in: calls cannot reach you until it is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softphone status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report whether your softphone is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile receives no call events, so there are no screen-pops. Choose a webhook or websocket event source in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: relay connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the company&apos;s relay, but it no longer had every event since this desk was last connected: calls in between may be missing here. Check the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the company&apos;s relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: websocket connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the call events of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: listening on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk listens on port %1 for the call events of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the call events was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events: relay unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s relay has not answered for a while, so no calls can pop up. Agent Desk keeps trying; if this lasts, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events have stopped, so calls cannot pop up. Sign out and in again to start them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk tries again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk is listening, but %1 did not take this desk&apos;s callback address, so no call can pop up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk is listening and waiting for %1 to take this desk&apos;s callback address. A call that rings before then will not pop up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk is connecting to the call events. Calls cannot pop up until they are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checks off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile does not check the server&apos;s TLS certificate (verify_tls = false): turn the check back on in Settings, or ask IT for the company&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PBX connection not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile reaches the PBX at {host} over plain http://: passwords and calls cross the network unencrypted. Use an https:// address in Settings if the PBX offers one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorConsole</name>
    <message>
        <source>Filter: extension, agent, customer number, queue, state…</source>
        <extracomment>between the table and the model only while the filter box has text (see :meth:`_filter`)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the live calls: %1 Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live calls are out of date (last read at %1): %2 Trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent&apos;s softphone is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PBX cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call events stop arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer rate this hour, below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent in one state, for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension, e.g. 105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call of %1 with %2 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agent or type an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an extension: use digits (and letters, where the PBX has them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick dial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the copied number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed calls waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <source>Wallboard — Agent Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc closes the wallboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <source>Wrap-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the after-call work now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up done in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
