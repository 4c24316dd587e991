; Agent Desk for Windows: a per-user installer (no administrator rights), built from the
; PyInstaller bundle by .github/workflows/release.yml:
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\agent-desk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\agent-desk.iss    -> dist\agent-desk-setup-0.1.0.exe
;
; Installs into %LOCALAPPDATA%\Programs\Agent Desk, adds a Start-menu entry, registers tel: and
; callto: links under HKCU\Software\Classes (and in Default apps), and an uninstaller.
; Mass roll-out (per user, e.g. from a logon script or Intune as the user):
;   agent-desk-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="%TEMP%\agent-desk-setup.log"
;   ... /MERGETASKS="!links"        without the tel:/callto: registration
;   ... /MERGETASKS="!autostart"    without starting at sign-in (on by default; the agent can
;                                   change it later in Settings)
; A silent update closes the running window (Restart Manager) and starts the new one afterwards.
; Another program's tel:/callto: handler is saved at install and put back at uninstall.
;   "%LOCALAPPDATA%\Programs\Agent Desk\unins000.exe" /VERYSILENT    uninstalls

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\agent-desk"
#endif
#define AppName "Agent Desk"
#define AppExe "agent-desk.exe"
#define LinkProgId "AgentDesk.Link"

[Setup]
AppId={{5B0D7E4C-9A51-4C3F-8E0B-6F2A1D9C4E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=agent-desk-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; an update closes the running window first (Restart Manager), and reopens it when not silent
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "links"; Description: "Open tel: and callto: links with {#AppName}"
Name: "autostart"; Description: "Start {#AppName} when I sign in to Windows"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of the previous version's bundle that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; tel: and callto: open "agent-desk.exe <link>", which hands the link to the running window.
; No uninsdeletekey on tel/callto: [Code] below puts back the handler they had before, or removes them.
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueData: "URL:Telephone link"; Tasks: links
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\tel\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"; Tasks: links
Root: HKCU; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\callto"; ValueType: string; ValueData: "URL:Callto link"; Tasks: links
Root: HKCU; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\callto\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"; Tasks: links
Root: HKCU; Subkey: "Software\Classes\callto\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
; the same handler as a ProgID with capabilities, so Settings > Default apps lists Agent Desk
; (a choice the user made there, e.g. another softphone, wins over the keys above)
Root: HKCU; Subkey: "Software\Classes\{#LinkProgId}"; ValueType: string; ValueData: "{#AppName} link"; Tasks: links; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#LinkProgId}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\{#LinkProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
Root: HKCU; Subkey: "Software\AgentDesk\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "{#AppName}"; Tasks: links; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\AgentDesk\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Click-to-call from tel: and callto: links"; Tasks: links
Root: HKCU; Subkey: "Software\AgentDesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "{#LinkProgId}"; Tasks: links
Root: HKCU; Subkey: "Software\AgentDesk\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "{#LinkProgId}"; Tasks: links
Root: HKCU; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "{#AppName}"; ValueData: "Software\AgentDesk\Capabilities"; Tasks: links; Flags: uninsdeletevalue

; start at sign-in (the Settings dialog's "Start Agent Desk when I log in" edits the same value)
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Tasks: autostart; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
; a silent update (or roll-out) closed the running window: start the new version for the agent
Filename: "{app}\{#AppExe}"; Flags: nowait runasoriginaluser; Check: WizardSilent

[Code]
const
  PreviousKey = 'Software\AgentDesk\PreviousHandlers';

function IsOurs(Command: String): Boolean;
begin
  Result := Pos(Lowercase(ExpandConstant('{app}')), Lowercase(Command)) > 0;
end;

procedure SaveHandler(Scheme: String);
var
  Base, Command, Name, Icon: String;
begin
  Base := 'Software\Classes\' + Scheme;
  if RegQueryStringValue(HKCU, Base + '\shell\open\command', '', Command) and not IsOurs(Command)
     and not RegValueExists(HKCU, PreviousKey + '\' + Scheme, 'command') then
  begin
    RegWriteStringValue(HKCU, PreviousKey + '\' + Scheme, 'command', Command);
    if RegQueryStringValue(HKCU, Base, '', Name) then
      RegWriteStringValue(HKCU, PreviousKey + '\' + Scheme, 'name', Name);
    if RegQueryStringValue(HKCU, Base + '\DefaultIcon', '', Icon) then
      RegWriteStringValue(HKCU, PreviousKey + '\' + Scheme, 'icon', Icon);
  end;
end;

procedure RestoreHandler(Scheme: String);
var
  Base, Command, Name, Icon: String;
begin
  Base := 'Software\Classes\' + Scheme;
  if RegQueryStringValue(HKCU, PreviousKey + '\' + Scheme, 'command', Command) then
  begin
    RegWriteStringValue(HKCU, Base + '\shell\open\command', '', Command);
    if RegQueryStringValue(HKCU, PreviousKey + '\' + Scheme, 'name', Name) then
      RegWriteStringValue(HKCU, Base, '', Name);
    if RegQueryStringValue(HKCU, PreviousKey + '\' + Scheme, 'icon', Icon) then
      RegWriteStringValue(HKCU, Base + '\DefaultIcon', '', Icon)
    else
      RegDeleteKeyIncludingSubkeys(HKCU, Base + '\DefaultIcon');
  end
  else if RegQueryStringValue(HKCU, Base + '\shell\open\command', '', Command) and IsOurs(Command) then
    RegDeleteKeyIncludingSubkeys(HKCU, Base);  { ours alone: remove it }
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssInstall) and WizardIsTaskSelected('links') then
  begin
    SaveHandler('tel');
    SaveHandler('callto');
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    RestoreHandler('tel');
    RestoreHandler('callto');
    RegDeleteKeyIncludingSubkeys(HKCU, PreviousKey);
  end;
end;
