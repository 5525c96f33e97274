; Inno Setup recipe for Windows: build the bundle first (python installer\build.py),
; then compile this script with ISCC.exe. Associates *.brief with the app.
#define AppVersion GetEnv("BRIEFING_VERSION")
[Setup]
AppName=Briefing
AppVersion={#AppVersion}
DefaultDirName={autopf}\Briefing
DefaultGroupName=Briefing
OutputBaseFilename=Briefing-{#AppVersion}-setup
ChangesAssociations=yes
[Files]
Source: "..\dist\briefing\*"; DestDir: "{app}"; Flags: recursesubdirs
[Icons]
Name: "{group}\Briefing"; Filename: "{app}\briefing.exe"
[Registry]
Root: HKA; Subkey: "Software\Classes\.brief"; ValueType: string; ValueData: "Briefing.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Briefing.Project\shell\open\command"; ValueType: string; ValueData: """{app}\briefing.exe"" ""%1"""
