; Inno Setup script of SMM Desktop for Windows (Inno Setup 6.3 or later).
; Build the folder first, then compile this script from the repository's root:
;   .venv\Scripts\python packaging\make_icons.py build
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\smm_desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\smm-desktop.iss
; The installer lands in dist\smm-desktop-<version>-setup.exe. See packaging\README.md.

#define AppName "SMM Desktop"
#define AppExe "smm-desktop.exe"
; Paths from this script's folder (SourcePath ends with a backslash).
#define Repo SourcePath + "..\.."
#define Bundle Repo + "\dist\smm-desktop"
; The version is read from the built smm-desktop.exe (its version resource comes from
; smm_desktop/__init__.py through packaging/make_icons.py), so it is never typed twice.
#define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)

[Setup]
AppId={{5C0C5B63-6D2E-4B8E-9A55-3E1B1D8F5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SMM Desktop contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without administrator rights unless the person chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Repo}\dist
OutputBaseFilename=smm-desktop-{#AppVersion}-setup
SetupIconFile={#Repo}\build\icons\smm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
LicenseFile={#SourcePath}LICENSE.txt
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "Open .smmws workspace files with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The workspace file type: .smmws -> SMMDesktop.Workspace, opened by the app with the file's path.
Root: HKA; Subkey: "Software\Classes\.smmws"; ValueType: string; ValueName: ""; ValueData: "SMMDesktop.Workspace"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.smmws\OpenWithProgids"; ValueType: string; ValueName: "SMMDesktop.Workspace"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\SMMDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "SMM Desktop workspace"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\SMMDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\SMMDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".smmws"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app's folder holds; the person's workspaces and settings (in AppData) stay.
Type: filesandordirs; Name: "{app}\_internal"
