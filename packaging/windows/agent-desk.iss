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
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueData: "URL:Telephone link"; Tasks: links; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\tel\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"; Tasks: links
Root: HKCU; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: links
Root: HKCU; Subkey: "Software\Classes\callto"; ValueType: string; ValueData: "URL:Callto link"; Tasks: links; Flags: uninsdeletekey
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

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
