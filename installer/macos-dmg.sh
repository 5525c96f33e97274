#!/usr/bin/env bash
# macOS recipe: build the bundle (python installer/build.py), wrap it in a .app and a .dmg.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(python -c 'import briefing; print(briefing.__version__)')
app=dist/Briefing.app
rm -rf "$app" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp -R dist/briefing/* "$app/Contents/MacOS/"
cat > "$app/Contents/Info.plist" <<PLIST
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
  <key>CFBundleName</key><string>Briefing</string>
  <key>CFBundleExecutable</key><string>briefing</string>
  <key>CFBundleIdentifier</key><string>org.briefing.app</string>
  <key>CFBundleShortVersionString</key><string>${version}</string>
  <key>CFBundleDocumentTypes</key><array><dict>
    <key>CFBundleTypeExtensions</key><array><string>brief</string></array>
    <key>CFBundleTypeName</key><string>Briefing project</string>
    <key>CFBundleTypeRole</key><string>Editor</string>
  </dict></array>
</dict></plist>
PLIST
hdiutil create -volname Briefing -srcfolder "$app" -ov -format UDZO "dist/Briefing-${version}.dmg"
