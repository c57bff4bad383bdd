; Inno Setup 6 script: the Windows setup program for MPP Assist.
;
; Built by `python installer/build.py --package` on Windows (it passes AppVersion and
; BundleDir, the folder PyInstaller made). By hand:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=..\..\dist\mpp-assist installer\windows\mpp-assist.iss
;
; - Installs per user by default (no administrator needed on desk PCs); an admin may choose
;   "for all users" in the first dialog.
; - Start-menu shortcut (and an optional desktop one) to "MPP Assist.exe", the launcher
;   without a console window; mpp-assist.exe is the command-line tool.
; - An admin's mpp-assist.preset.json placed next to the setup program is copied next to
;   the app, so the desk starts ready (see docs/ADMIN.md).
; - Applicant data lives in the user's data folder (%LOCALAPPDATA%\mpp-assist), never in the
;   program folder. Uninstalling keeps it unless the person uninstalling says otherwise.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\mpp-assist"
#endif
; Indonesian set-up screens: Inno Setup ships Indonesian only among its unofficial
; translations. Put Indonesian.isl next to this script to get them (and our own messages
; below in Indonesian); without it the set-up speaks English. The app itself is unaffected.
#define HasIndonesian FileExists(AddBackslash(SourcePath) + "Indonesian.isl")

[Setup]
AppId={{6F0B6C1E-7C1D-4B7A-9B8E-4D2A8C3F5E10}
AppName=MPP Assist
AppVersion={#AppVersion}
AppPublisher=MPP Assist
AppComments=Mengisi permohonan layanan pemerintah untuk warga di Mal Pelayanan Publik
DefaultDirName={autopf}\MPP Assist
DefaultGroupName=MPP Assist
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=mpp-assist-setup-{#AppVersion}
SetupIconFile=..\..\build\installer\mpp-assist.ico
UninstallDisplayIcon={app}\MPP Assist.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
#if HasIndonesian
Name: "id"; MessagesFile: "Indonesian.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
DesktopIcon=Create a desktop shortcut
RemoveData=Also delete the applicant data, settings and keys on this computer for user %1?%n%nChoose "No" if data has not been sent to the server yet or is still needed. Deleted data cannot be recovered.
#if HasIndonesian
id.DesktopIcon=Buat pintasan di desktop
id.RemoveData=Hapus juga data pemohon, pengaturan dan kunci di komputer ini untuk pengguna %1?%n%nPilih "Tidak" bila data belum terkirim ke server atau masih diperlukan. Data yang dihapus tidak bisa dikembalikan.
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The admin's preset, when it sits next to this setup program.
Source: "{src}\mpp-assist.preset.json"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist

[Icons]
Name: "{group}\MPP Assist"; Filename: "{app}\MPP Assist.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\MPP Assist"; Filename: "{app}\MPP Assist.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\MPP Assist.exe"; Description: "{cm:LaunchProgram,MPP Assist}"; Flags: nowait postinstall skipifsilent

[Code]
{ Applicant data is kept unless the person uninstalling asks to delete it. A silent
  uninstall (scripted roll-outs) always keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\mpp-assist');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [GetUserNameString]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
