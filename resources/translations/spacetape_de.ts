<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>&lt;p&gt;Spacetape logs in to X with two cookies from a browser where you are logged in to x.com: &lt;b&gt;auth_token&lt;/b&gt; and &lt;b&gt;ct0&lt;/b&gt;. They are kept in your system keychain only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File:&lt;/b&gt; with a cookie export extension (for example “Get cookies.txt LOCALLY” or “Cookie-Editor”) save the cookies of x.com, then choose that file here.&lt;br&gt;&lt;b&gt;Paste:&lt;/b&gt; in the browser&apos;s developer tools (F12), Network tab, click any request to x.com and copy the value of its &lt;i&gt;Cookie&lt;/i&gt; request header.&lt;br&gt;&lt;b&gt;Type:&lt;/b&gt; in the developer tools&apos; storage view (Application or Storage, then Cookies, then https://x.com) copy the values of auth_token and ct0.&lt;/p&gt;&lt;p&gt;Logging out of X in that browser ends this login too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a list of links (%2 MB at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Space&apos;s ID, e.g. 1YqJDqWqLOYJV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Space&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s @handle, without the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the Space started (UTC), yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the Space started (UTC), HH-mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the Space lasted, e.g. 1h02m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy as host:port, e.g. proxy.example.org:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and socks5:// proxies are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a host:port proxy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy needs a port: write it as host:port, e.g. %1:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Downloads?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 download did not finish last time. Continue it now? It continues from the parts already on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads did not finish last time. Continue them now? They continue from the parts already on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved download queue (%1) could not be read, so the queue starts empty and will not be saved over that file. Check its permissions, or move it away and restart Spacetape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved download queue could not be read, so the queue starts empty. The old file was kept as %1; downloaded files and cached chunks are untouched, and adding the links again continues from the chunks already on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Queue Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Copied Space?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You copied a Space link:
%1

Add it to the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You copied %1 Space links. Add them to the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied Space link in the link bar: press Enter to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live — recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X login expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X refused the stored login, so Spacetape continues as a guest. Log in again from Account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::AboutDialog</name>
    <message>
        <source>About Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Spacetape %1&lt;/h2&gt;&lt;p&gt;Saves X Spaces as tagged audio files.&lt;/p&gt;&lt;p&gt;Copyright © the Spacetape authors. Released under the &lt;a href=&quot;https://opensource.org/license/mit&quot;&gt;MIT License&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Spacetape links these libraries dynamically; you may replace them with compatible versions:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://taglib.org&quot;&gt;TagLib&lt;/a&gt; — GNU LGPL v2.1 or Mozilla Public License 1.1&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-Clause License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Spacetape is not affiliated with X Corp.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::AccountDialog</name>
    <message>
        <source>X Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the login from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cookies.txt (Netscape format) or Cookie-Editor JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth_token=…; ct0=…  (a Cookie header, or the content of a cookies file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Cookie header, or the content of a cookies.txt or Cookie-Editor JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually 160 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;auth_token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c&amp;t0:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in: Spacetape uses X as a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as @%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Exported Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie exports (*.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: at %2 MB it is far too large to be a cookie export; export the cookies of x.com only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the Cookie header or the content of a cookies file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not log out. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::DetailsPane</name>
    <message>
        <source>Select a Space in the queue to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host&apos;s picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Space on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to this Space; chunks are fetched as needed and reused when you save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> — %n chunk(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::LinkBar</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Space links here (x.com/i/spaces/…), several at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space links or IDs, separated by spaces or new lines. Enter adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the links to the queue (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::MainWindow</name>
    <message>
        <source>Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads in the queue by state, and the total download speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected downloads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected downloads (chunks on disk are kept for a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected failed or canceled downloads again (the stream is looked up afresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected downloads from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved file with the default player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder holding the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the links of the selected Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to the selected Space before saving it (saved ones play from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the top of the queue (downloads next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the bottom of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Links from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Space links listed in a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the Space links on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder, file names, limits, network and notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your X login for Spaces that need one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watched Hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every Space these hosts start, from its first second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; changes apply at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .txt files with one link per line can be dropped; other files are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Links from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recording live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 download from the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 downloads from the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads that are not finished are stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;delete the saved files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no application is set up for .m4a files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot reach X to look up the Space, so only saved Spaces can be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Space cannot be previewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window has no network connection set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at the top of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::PlayerBar</name>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 15 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the preview (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 15 seconds (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 15 seconds (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this Space: queue it, or move it to the top of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to what is being said now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the live edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewPlayer</name>
    <message>
        <source>The saved file %1 is gone: it was moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio could not be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewSession</name>
    <message>
        <source>The playlist lists no audio chunks to preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewStream</name>
    <message>
        <source>Chunk %1 (at %2) was left out of the preview: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::QueueModel</name>
    <message>
        <source>Scheduled for %1; Spacetape records it from its first second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should have started %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (no start time announced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording live · %1 · catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording live · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host disconnected · still recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
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
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the saved file, or downloaded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the Space was added to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; click a third time for queue order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::SegmentFetcher</name>
    <message>
        <source>No folder was set to keep the downloaded chunks in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the chunk folder %1. Check that the disk is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled; %1 of %2 chunks were saved and will not be downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the chunk folder %1: %2. Check that the disk is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save chunk %1 in %2: %3. Free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server took longer than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1 bytes but announced %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save chunk %1 as %2. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 chunks could not be downloaded (sequence %3): %4. If X has not finished publishing the replay, try again in a few minutes; otherwise these parts of the recording are missing on X&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::SettingsDialog</name>
    <message>
        <source>Spacetape Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder finished Spaces are saved in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How saved files are named. Use “/” to sort Spaces into folders, e.g. {host}/{date} {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name a Space titled “%1” would get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both: save as “name (2)”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the file &amp;exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; the rest wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spaces at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests per Space. More is faster on a good connection; lower it if the server starts refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chunks in flight per Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. proxy.example.org:3128 or socks5://127.0.0.1:9050</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the window is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to show a notification as a download finishes or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Spacetape running in the &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard for Space links (never starts a download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask before adding a copied link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise a copied link only fills the link bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Spaces in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::SleepInhibitor</name>
    <message>
        <source>Downloading X Spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::TrayIcon</name>
    <message>
        <source>Show Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Spacetape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spacetape::WatchedHostsDialog</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacetape checks these hosts about once a minute. When one goes live, the Space is queued and recorded from its first second, even if you are away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle, profile link or user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Space found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID not looked up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
