; Inno Setup script: the Windows installer of After-School Desk (课后服务台).
;
; UNTESTED: no Windows machine was at hand; written for Inno Setup 6 (6.3 or later for the
; "x64compatible" architecture name) and compiled by .github/workflows/windows.yml, itself
; untested. Check it on a real Windows 10 (1809 or later) / 11 x64 before handing it out.
;
;   1. Build the bundle on Windows:  pyinstaller --noconfirm --distpath build_spec\dist
;        --workpath build_spec\build build_spec\after_school_desk.spec
;   2. Compile:  ISCC.exe /DAppVersion=0.1.0 build_spec\windows\after_school_desk.iss
;      -> build_spec\dist\installer\after-school-desk-setup-0.1.0.exe
;
; What it does:
; - installs for the current Windows account only, without administrator rights, into
;   %LOCALAPPDATA%\Programs\After-School Desk (PrivilegesRequired=lowest);
; - asks in Simplified Chinese or English (the setup languages below);
; - makes a Start-menu entry and, unless unticked, a desktop shortcut to the window;
; - the uninstaller removes only the files it installed. The school's data folder
;   (%LOCALAPPDATA%\AfterSchoolDesk: the database, backups, logs, tamper-seal keys; or the
;   folder chosen with `data-folder set`) is never touched: it is a different folder, and
;   there is no [UninstallDelete] section. The uninstaller says where the data stays.
;
; The file is UTF-8 with a byte-order mark, which Inno Setup needs to read the Chinese text.
; ChineseSimplified.isl comes with recent Inno Setup 6 releases; if the compiler reports it
; missing, put the Simplified Chinese translation into Inno Setup's Languages folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "课后服务台 After-School Desk"
#define GuiExe "after-school-desk.exe"
#define CliExe "after-school-desk-cli.exe"

[Setup]
AppId={{6C1F8E2A-3B7D-4E59-9A1C-5D2F7B8E4A60}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=After-School Desk
DefaultDirName={localappdata}\Programs\After-School Desk
DefaultGroupName=课后服务台
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 (build 17763) and later, 64-bit only
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename=after-school-desk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataKept=学校的数据没有删除，仍在：%1%n（数据库、备份、日志和防篡改密钥）。重新安装后会接着使用它们；确实不再需要时，可以手动删除这个文件夹。
english.DataKept=The school's data was not removed; it is still in:%n%1%n(database, backups, logs and tamper-seal keys). A new installation uses it again; delete the folder by hand only when it is really no longer needed.
chinesesimplified.CommandLine=课后服务台命令行
english.CommandLine=After-School Desk command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder bundle: both programs and _internal\
Source: "..\dist\after-school-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\课后服务台"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,课后服务台}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\课后服务台"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,课后服务台}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\AfterSchoolDesk');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
