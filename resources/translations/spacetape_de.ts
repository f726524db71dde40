<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioAssembler</name>
    <message>
        <source>chunk %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>Could not read %1 (%2): %3.</source>
        <translation>%1 (%2) konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>There is no audio to save: the playlist lists no chunks.</source>
        <translation>Es gibt kein Audio zum Speichern: Die Playlist enthält keine Teile.</translation>
    </message>
    <message>
        <source>The audio format changes at %1: %2 became %3 (since %4). Spacetape cannot join these into one file.</source>
        <translation>Das Audioformat ändert sich bei %1: Aus %2 (seit %4) wurde %3. Spacetape kann diese nicht zu einer Datei zusammenfügen.</translation>
    </message>
    <message>
        <source>Saving %1 was canceled; no file was written.</source>
        <translation>Das Speichern von %1 wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>AudioFormat</name>
    <message>
        <source>AAC type %1</source>
        <translation>AAC-Typ %1</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
</context>
<context>
    <name>ChatParse</name>
    <message>
        <source>asked to speak</source>
        <translation>hat ums Wort gebeten</translation>
    </message>
    <message>
        <source>is now a speaker</source>
        <translation>ist jetzt Sprecher</translation>
    </message>
    <message>
        <source>was let on stage by the host</source>
        <translation>wurde vom Host auf die Bühne geholt</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>Stummschaltung aufgehoben</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>ist beigetreten</translation>
    </message>
    <message>
        <source>the chat service&apos;s answer is not the JSON object it should be</source>
        <translation>die Antwort des Chat-Dienstes ist nicht das erwartete JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>ChunkDecryptor</name>
    <message>
        <source>The key for %1 is not a 16-byte AES-128 key (%2 bytes): the key server sent something else — check your login.</source>
        <translation>Der Schlüssel für %1 ist kein 16-Byte-AES-128-Schlüssel (%2 Bytes): Der Schlüsselserver hat etwas anderes gesendet – prüfen Sie Ihre Anmeldung.</translation>
    </message>
    <message>
        <source>%1 is not AES-128 encrypted data (%2 bytes is not a whole number of blocks); fetch it again.</source>
        <translation>%1 enthält keine AES-128-verschlüsselten Daten (%2 Bytes ergeben keine ganze Zahl von Blöcken); laden Sie ihn erneut herunter.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted with the Space&apos;s key (wrong key or damaged chunk). Log in again and retry.</source>
        <translation>%1 konnte mit dem Schlüssel des Space nicht entschlüsselt werden (falscher Schlüssel oder beschädigter Teil). Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The IV for %1 is not a 16-byte AES-128 IV (%2 bytes): the playlist&apos;s EXT-X-KEY is damaged — resolve the Space again.</source>
        <translation>Der IV für %1 ist kein 16-Byte-AES-128-IV (%2 Bytes): Der EXT-X-KEY-Eintrag der Playlist ist beschädigt – schlagen Sie den Space erneut nach.</translation>
    </message>
</context>
<context>
    <name>ChunkReader</name>
    <message>
        <source>%1 is %2 bytes, far larger than any Space chunk; it is not a chunk of audio</source>
        <translation>%1 ist %2 Bytes groß, weit größer als jeder Teil eines Space; es ist kein Audioteil</translation>
    </message>
    <message>
        <source>%1 holds no AAC audio: the file is empty</source>
        <translation>%1 enthält kein AAC-Audio: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 holds no AAC audio: %2 bytes of other data</source>
        <translation>%1 enthält kein AAC-Audio: %2 Bytes anderer Daten</translation>
    </message>
    <message>
        <source>%1 is truncated: the AAC frame at byte %2 needs %3 bytes but only %4 remain. The download was cut short; fetch the chunk again.</source>
        <translation>%1 ist abgeschnitten: Der AAC-Frame bei Byte %2 braucht %3 Bytes, aber nur %4 sind übrig. Der Download wurde vorzeitig beendet; laden Sie den Teil erneut herunter.</translation>
    </message>
    <message>
        <source>%1 changes its audio format inside the chunk: %2, then %3 at byte %4. Spacetape cannot join audio whose format changes.</source>
        <translation>%1 ändert sein Audioformat innerhalb des Teils: erst %2, dann ab Byte %4 %3. Spacetape kann Audio mit wechselndem Format nicht zusammenfügen.</translation>
    </message>
    <message>
        <source>%1 has an ADTS frame holding %2 AAC frames (at byte %3); Spacetape does not support more than one raw data block per ADTS frame.</source>
        <translation>%1 hat einen ADTS-Frame mit %2 AAC-Frames (bei Byte %3); Spacetape unterstützt nicht mehr als einen Rohdatenblock pro ADTS-Frame.</translation>
    </message>
</context>
<context>
    <name>CliAccount</name>
    <message>
        <source>Store your X login (cookies) in the OS keychain, or show it.</source>
        <translation>Ihre X-Anmeldung (Cookies) im Schlüsselbund des Betriebssystems speichern oder anzeigen.</translation>
    </message>
    <message>
        <source>Remove your X login from the OS keychain.</source>
        <translation>Ihre X-Anmeldung aus dem Schlüsselbund des Betriebssystems entfernen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Import the login from FILE: cookies.txt, Cookie-Editor JSON, or a Cookie: header.</source>
        <translation>Die Anmeldung aus FILE importieren: cookies.txt, Cookie-Editor-JSON oder ein Cookie:-Header.</translation>
    </message>
    <message>
        <source>Say whether a login is stored.</source>
        <translation>Anzeigen, ob eine Anmeldung gespeichert ist.</translation>
    </message>
    <message>
        <source>Logged out: the X login was removed from the keychain.</source>
        <translation>Abgemeldet: Die X-Anmeldung wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>login needs --cookies FILE (or --status).</source>
        <translation>login braucht --cookies FILE (oder --status).</translation>
    </message>
    <message>
        <source>Not logged in: Spacetape uses guest access.</source>
        <translation>Nicht angemeldet: Spacetape nutzt den Gastzugang.</translation>
    </message>
    <message>
        <source>Logged in (saved %1).</source>
        <translation>Angemeldet (gespeichert: %1).</translation>
    </message>
    <message>
        <source>Logged in as @%1 (saved %2).</source>
        <translation>Angemeldet als @%1 (gespeichert: %2).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Logged in: the X login is stored in the keychain (not in any file).</source>
        <translation>Angemeldet: Die X-Anmeldung ist im Schlüsselbund gespeichert (in keiner Datei).</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Save files into DIR (default: .).</source>
        <translation>Dateien in DIR speichern (Standard: .).</translation>
    </message>
    <message>
        <source>File name template, e.g. &quot;{date} {host} - {title} [{id}]&quot;.</source>
        <translation>Vorlage für Dateinamen, z. B. &quot;{date} {host} - {title} [{id}]&quot;.</translation>
    </message>
    <message>
        <source>Chunks in flight, %1-%2 (default %3).</source>
        <translation>Gleichzeitig geladene Teile, %1-%2 (Standard %3).</translation>
    </message>
    <message>
        <source>Log in with cookies from FILE (cookies.txt or JSON) for this run only.</source>
        <translation>Nur für diesen Lauf mit Cookies aus FILE (cookies.txt oder JSON) anmelden.</translation>
    </message>
    <message>
        <source>Send every X/Twitter API request to URL instead (also SPACETAPE_API_ORIGIN).</source>
        <translation>Jede X/Twitter-API-Anfrage stattdessen an URL senden (auch SPACETAPE_API_ORIGIN).</translation>
    </message>
    <message>
        <source>Print the Space&apos;s metadata as JSON and exit.</source>
        <translation>Die Metadaten des Space als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print progress and results as JSON lines.</source>
        <translation>Fortschritt und Ergebnisse als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Save the file even when some chunks stay missing (they are listed).</source>
        <translation>Die Datei auch dann speichern, wenn einige Teile fehlen (sie werden aufgelistet).</translation>
    </message>
    <message>
        <source>When the file exists: rename (default), overwrite or skip.</source>
        <translation>Wenn die Datei existiert: rename (umbenennen, Standard), overwrite (überschreiben) oder skip (überspringen).</translation>
    </message>
    <message>
        <source>Wait for a scheduled Space to start, then record it (a countdown shows meanwhile).</source>
        <translation>Warten, bis ein geplanter Space beginnt, und ihn dann aufnehmen (währenddessen läuft ein Countdown).</translation>
    </message>
    <message>
        <source>Save only START-END (e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s, 10:00-end), cut sample-exact; fetches only the chunks it needs. Repeatable: one file per section. INPUT may also be a finished .m4a.</source>
        <translation>Nur START-END speichern (z. B. 1:02:03-1:10:00, 45:00-50:00, 90s-120s, 10:00-end), samplegenau geschnitten; lädt nur die dafür nötigen Teile. Wiederholbar: eine Datei pro Abschnitt. INPUT kann auch eine fertige .m4a-Datei sein.</translation>
    </message>
    <message>
        <source>What to save.</source>
        <translation>Was gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>Versuchen Sie --help.</translation>
    </message>
    <message>
        <source>watch needs at least one host: spacetape-cli watch @name</source>
        <translation>watch braucht mindestens einen Host: spacetape-cli watch @name</translation>
    </message>
    <message>
        <source>doctor checks one Space at most: spacetape-cli doctor [LINK]</source>
        <translation>doctor prüft höchstens einen Space: spacetape-cli doctor [LINK]</translation>
    </message>
    <message>
        <source>--concurrency must be a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--concurrency muss eine Zahl von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>nothing to do: give a Space link, ID or playlist. Try --help.</source>
        <translation>nichts zu tun: Geben Sie einen Space-Link, eine ID oder eine Playlist an. Versuchen Sie --help.</translation>
    </message>
    <message>
        <source>%1 is not a file of at most %2 bytes.</source>
        <translation>%1 ist keine Datei mit höchstens %2 Bytes.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line.</source>
        <translation>%1 enthält in der ersten Zeile kein Passwort.</translation>
    </message>
    <message>
        <source>Save X Spaces as tagged .m4a audio files.
INPUT is a Space link, a bare Space ID, an HLS playlist URL or a local .m3u8 file.
A live Space is recorded from its start to its end. A scheduled one is refused
unless --wait is given.

spacetape-cli [options] watch HANDLE...
  Watches hosts (@name, name, or x.com/name) and records every Space they go live
  with, until Ctrl+C or SIGTERM (exit 0; interrupted recordings keep their chunks and
  resume on the next run). Needs an X login: --cookies FILE or spacetape-cli login.

spacetape-cli [options] doctor [LINK]
  Checks each step against X, one line each: keychain, guest token, login,
  AudioSpaceById, queryId discovery, stream status, CDN (a playlist and one chunk).
  The Space steps need LINK (a Space link or ID); without it they are skipped.
  Exit 0 when no check failed, 1 when one did, 2 on bad usage. With --json: one
  {&quot;event&quot;:&quot;check&quot;} line per step, then {&quot;event&quot;:&quot;doctor&quot;}.

spacetape-cli [options] chat LINK
  Prints the Space&apos;s chat, one line per entry: its position from the Space&apos;s start,
  its kind (chat, reaction, caption, join, speaker), the name and the text. No audio
  is downloaded. With --json: one object per line. Exit 0 when the chat was read,
  1 when it could not be (the reason on stderr).</source>
        <translation>Speichert X Spaces als getaggte .m4a-Audiodateien.
INPUT ist ein Space-Link, eine bloße Space-ID, eine HLS-Playlist-URL oder eine lokale
.m3u8-Datei. Ein Live-Space wird von seinem Beginn bis zu seinem Ende aufgenommen.
Ein geplanter wird abgelehnt, außer --wait ist angegeben.

spacetape-cli [Optionen] watch HANDLE...
  Beobachtet Hosts (@name, name oder x.com/name) und nimmt jeden Space auf, mit dem
  sie live gehen, bis Strg+C oder SIGTERM (Exit-Code 0; unterbrochene Aufnahmen
  behalten ihre Teile und werden beim nächsten Lauf fortgesetzt). Braucht eine
  X-Anmeldung: --cookies FILE oder spacetape-cli login.

spacetape-cli [Optionen] doctor [LINK]
  Prüft jeden Schritt gegen X, je eine Zeile: Schlüsselbund, Gast-Token, Anmeldung,
  AudioSpaceById, queryId-Suche, Stream-Status, CDN (eine Playlist und ein Teil).
  Die Space-Schritte brauchen LINK (einen Space-Link oder eine ID); ohne ihn werden
  sie übersprungen. Exit-Code 0, wenn keine Prüfung fehlschlug, 1, wenn eine
  fehlschlug, 2 bei falscher Verwendung. Mit --json: eine {&quot;event&quot;:&quot;check&quot;}-Zeile
  pro Schritt, dann {&quot;event&quot;:&quot;doctor&quot;}.

spacetape-cli [Optionen] chat LINK
  Gibt den Chat des Space aus, eine Zeile pro Eintrag: seine Position ab dem Beginn
  des Space, seine Art (chat, reaction, caption, join, speaker), den Namen und den
  Text. Es wird kein Audio heruntergeladen. Mit --json: ein Objekt pro Zeile.
  Exit-Code 0, wenn der Chat gelesen wurde, 1, wenn nicht (der Grund steht auf
  stderr).</translation>
    </message>
    <message>
        <source>Connect through this proxy: host:port, http://host:port or socks5://host:port; &quot;none&quot; for a direct connection (default: the system&apos;s proxy settings). A password written here (user:password@host) is visible to every user of this computer in the process list: give the user here and the password with --proxy-password-file.</source>
        <translation>Über diesen Proxy verbinden: host:port, http://host:port oder socks5://host:port; &quot;none&quot; für eine direkte Verbindung (Standard: die Proxy-Einstellungen des Systems). Ein hier angegebenes Passwort (user:password@host) ist für jeden Benutzer dieses Computers in der Prozessliste sichtbar: Geben Sie hier den Benutzer an und das Passwort mit --proxy-password-file.</translation>
    </message>
    <message>
        <source>Read the password for the user named in --proxy (user@host:port) from the first line of FILE.</source>
        <translation>Das Passwort für den in --proxy genannten Benutzer (user@host:port) aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <source>Keep only the audio: no chapters, no NAME.space.json and NAME.vtt with the speakers and chat.</source>
        <translation>Nur das Audio behalten: keine Kapitel, keine NAME.space.json und NAME.vtt mit Sprechern und Chat.</translation>
    </message>
    <message>
        <source>it needs --proxy with a user name: --proxy user@host:port.</source>
        <translation>es braucht --proxy mit einem Benutzernamen: --proxy user@host:port.</translation>
    </message>
    <message>
        <source>--proxy already has a password; give it in one place only.</source>
        <translation>--proxy enthält bereits ein Passwort; geben Sie es nur an einer Stelle an.</translation>
    </message>
    <message>
        <source>chat reads one Space: spacetape-cli chat LINK</source>
        <translation>chat liest genau einen Space: spacetape-cli chat LINK</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>cannot read the cookies file %1: %2</source>
        <translation>die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>X refused your login cookies (expired or logged out); continuing as a guest. Export fresh cookies to log in again.</source>
        <translation>X hat Ihre Anmelde-Cookies abgelehnt (abgelaufen oder abgemeldet); es geht als Gast weiter. Exportieren Sie frische Cookies, um sich erneut anzumelden.</translation>
    </message>
</context>
<context>
    <name>ClientTransaction</name>
    <message>
        <source>the site-verification key is not base64</source>
        <translation>der Site-Verification-Schlüssel ist kein Base64</translation>
    </message>
    <message>
        <source>the page has no twitter-site-verification key</source>
        <translation>die Seite hat keinen twitter-site-verification-Schlüssel</translation>
    </message>
    <message>
        <source>the page has no loading-x-anim-%1 animation</source>
        <translation>die Seite hat keine Animation loading-x-anim-%1</translation>
    </message>
    <message>
        <source>loading-x-anim-%1 has no animated path</source>
        <translation>loading-x-anim-%1 hat keinen animierten Pfad</translation>
    </message>
    <message>
        <source>an animation row has %1 numbers, not %2</source>
        <translation>eine Animationszeile hat %1 Zahlen statt %2</translation>
    </message>
    <message>
        <source>the ondemand.s chunk names %1 key indices, too few</source>
        <translation>der ondemand.s-Chunk nennt %1 Schlüsselindizes, zu wenige</translation>
    </message>
    <message>
        <source>the site-verification key is too short (%1 bytes)</source>
        <translation>der Site-Verification-Schlüssel ist zu kurz (%1 Bytes)</translation>
    </message>
    <message>
        <source>the animation has %1 rows, row %2 is missing</source>
        <translation>die Animation hat %1 Zeilen, Zeile %2 fehlt</translation>
    </message>
    <message>
        <source>the stored transaction key is malformed</source>
        <translation>der gespeicherte Transaktionsschlüssel ist fehlerhaft</translation>
    </message>
</context>
<context>
    <name>CookieImport</name>
    <message>
        <source>log in to x.com in your browser, then export its cookies again</source>
        <translation>melden Sie sich im Browser bei x.com an und exportieren Sie dann die Cookies erneut</translation>
    </message>
    <message>
        <source>the %1 cookie in this file expired on %2: %3</source>
        <translation>das Cookie %1 in dieser Datei ist am %2 abgelaufen: %3</translation>
    </message>
    <message>
        <source>this file contains no cookies: %1</source>
        <translation>diese Datei enthält keine Cookies: %1</translation>
    </message>
    <message>
        <source>this file has cookies only for other sites (e.g. %1): open x.com in your browser, log in, and export the cookies from that tab</source>
        <translation>diese Datei enthält nur Cookies anderer Websites (z. B. %1): Öffnen Sie x.com im Browser, melden Sie sich an und exportieren Sie die Cookies aus diesem Tab</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>keine Domain</translation>
    </message>
    <message>
        <source>this file has no %1 cookie for %2: %3</source>
        <translation>diese Datei hat kein Cookie %1 für %2: %3</translation>
    </message>
    <message>
        <source>this is not a cookies.txt file: line %1 has %2 fields where 7 tab-separated fields are expected</source>
        <translation>dies ist keine cookies.txt-Datei: Zeile %1 hat %2 Felder, erwartet werden 7 durch Tabulatoren getrennte Felder</translation>
    </message>
    <message>
        <source>this file looks like JSON but cannot be read (%1 at byte %2): export the cookies again</source>
        <translation>diese Datei sieht nach JSON aus, kann aber nicht gelesen werden (%1 bei Byte %2): Exportieren Sie die Cookies erneut</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: this JSON has no list of cookies</source>
        <translation>keine cookies.txt- oder Cookie-Editor-JSON-Datei: Dieses JSON enthält keine Liste von Cookies</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: an entry has no &quot;name&quot; and &quot;value&quot;</source>
        <translation>keine cookies.txt- oder Cookie-Editor-JSON-Datei: Ein Eintrag hat kein &quot;name&quot; und &quot;value&quot;</translation>
    </message>
    <message>
        <source>this Cookie header has no %1 cookie: copy the whole Cookie header of a request to x.com made while logged in</source>
        <translation>dieser Cookie-Header enthält kein Cookie %1: Kopieren Sie den ganzen Cookie-Header einer Anfrage an x.com, die Sie angemeldet gestellt haben</translation>
    </message>
    <message>
        <source>the file is empty: export the cookies of x.com again</source>
        <translation>die Datei ist leer: Exportieren Sie die Cookies von x.com erneut</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: export the cookies of x.com with a browser extension such as &quot;Get cookies.txt LOCALLY&quot; or &quot;Cookie-Editor&quot;</source>
        <translation>keine cookies.txt- oder Cookie-Editor-JSON-Datei: Exportieren Sie die Cookies von x.com mit einer Browser-Erweiterung wie „Get cookies.txt LOCALLY“ oder „Cookie-Editor“</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>%1 needs an http(s) URL such as http://127.0.0.1:8080, not “%2”.</source>
        <translation>%1 braucht eine http(s)-URL wie http://127.0.0.1:8080, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 %2 is plain http to another computer: your X login would cross the network unencrypted, so it is refused. Use an https:// address, or a server on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>%1 %2 ist unverschlüsseltes http zu einem anderen Computer: Ihre X-Anmeldung ginge unverschlüsselt über das Netzwerk, daher wird es abgelehnt. Verwenden Sie eine https://-Adresse oder einen Server auf diesem Computer (127.0.0.1, ::1 oder localhost).</translation>
    </message>
</context>
<context>
    <name>FilenameTemplate</name>
    <message>
        <source>The file name template is empty. Use for example “%1”.</source>
        <translation>Die Dateinamensvorlage ist leer. Verwenden Sie zum Beispiel „%1“.</translation>
    </message>
    <message>
        <source>The file name template has a “{” at position %1 with no closing “}”. Variables are written like {title}.</source>
        <translation>Die Dateinamensvorlage hat an Position %1 ein „{“ ohne schließendes „}“. Variablen schreibt man wie {title}.</translation>
    </message>
    <message numerus="yes">
        <source>The file name template uses the variable(s) %1, which Spacetape does not know. Available: %2.</source>
        <translation>
            <numerusform>Die Dateinamensvorlage verwendet die Variable %1, die Spacetape nicht kennt. Verfügbar: %2.</numerusform>
            <numerusform>Die Dateinamensvorlage verwendet die Variablen %1, die Spacetape nicht kennt. Verfügbar: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name template “%1” gives an empty file name. Include at least {title} or {id}.</source>
        <translation>Die Dateinamensvorlage „%1“ ergibt einen leeren Dateinamen. Verwenden Sie mindestens {title} oder {id}.</translation>
    </message>
</context>
<context>
    <name>GStreamerPlugins</name>
    <message>
        <source>playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>format detection</source>
        <translation>Formaterkennung</translation>
    </message>
    <message>
        <source>streaming from the app</source>
        <translation>Streaming aus der App</translation>
    </message>
    <message>
        <source>audio conversion</source>
        <translation>Audiokonvertierung</translation>
    </message>
    <message>
        <source>ADTS (AAC stream) parser</source>
        <translation>ADTS-Parser (AAC-Stream)</translation>
    </message>
    <message>
        <source>MP4/M4A reader</source>
        <translation>MP4/M4A-Leser</translation>
    </message>
    <message>
        <source>AAC audio decoder</source>
        <translation>AAC-Audiodecoder</translation>
    </message>
    <message>
        <source>The audio could not be played (%1). Check that the GStreamer packages gstreamer1.0-plugins-good and gstreamer1.0-libav are installed.</source>
        <translation>Der Ton konnte nicht abgespielt werden (%1). Prüfen Sie, ob die GStreamer-Pakete gstreamer1.0-plugins-good und gstreamer1.0-libav installiert sind.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The audio cannot be played: the GStreamer plugin %1 is missing. Install %2 (e.g. sudo apt install %3) and try again.</source>
        <translation>Der Ton kann nicht abgespielt werden: Das GStreamer-Plugin %1 fehlt. Installieren Sie %2 (z. B. sudo apt install %3) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>HlsPlaylist</name>
    <message>
        <source>Could not read the playlist: %1</source>
        <translation>Die Playlist konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the server sent an empty answer instead of a playlist. Right after a Space ends the replay can take a minute or more to appear; try again shortly.</source>
        <translation>der Server sandte eine leere Antwort statt einer Playlist. Direkt nach dem Ende eines Space kann es eine Minute oder länger dauern, bis die Aufzeichnung erscheint; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>the server sent binary data instead of a playlist (the address may point at an audio chunk rather than an .m3u8 playlist).</source>
        <translation>der Server sandte Binärdaten statt einer Playlist (die Adresse zeigt womöglich auf einen Audioteil statt auf eine .m3u8-Playlist).</translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of a playlist (usually an error or sign-in page). The stream address may have expired; look the Space up again.</source>
        <translation>der Server sandte eine HTML-Seite statt einer Playlist (meist eine Fehler- oder Anmeldeseite). Die Stream-Adresse ist womöglich abgelaufen; schlagen Sie den Space erneut nach.</translation>
    </message>
    <message>
        <source>the server sent an XML document instead of a playlist (usually a CDN error such as an expired or denied address: “%1”). Look the Space up again.</source>
        <translation>der Server sandte ein XML-Dokument statt einer Playlist (meist ein CDN-Fehler wie eine abgelaufene oder verweigerte Adresse: „%1“). Schlagen Sie den Space erneut nach.</translation>
    </message>
    <message>
        <source>the server sent a JSON message instead of a playlist: “%1”.</source>
        <translation>der Server sandte eine JSON-Nachricht statt einer Playlist: „%1“.</translation>
    </message>
    <message>
        <source>the answer is not an HLS playlist: it does not start with #EXTM3U (it starts with “%1”). It may have been cut off in transit; try again.</source>
        <translation>die Antwort ist keine HLS-Playlist: Sie beginnt nicht mit #EXTM3U (sondern mit „%1“). Sie wurde womöglich unterwegs abgeschnitten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>#EXTINF has no readable duration (“%1”).</source>
        <translation>#EXTINF hat keine lesbare Dauer („%1“).</translation>
    </message>
    <message>
        <source>#EXTINF says one chunk lasts %1 s, more than a day (limit kMaxSegmentSeconds).</source>
        <translation>#EXTINF gibt für einen Teil %1 s an, mehr als einen Tag (Grenze kMaxSegmentSeconds).</translation>
    </message>
    <message>
        <source>a second #EXTINF follows the one on line %1 without a chunk address between them.</source>
        <translation>ein zweites #EXTINF folgt auf das in Zeile %1, ohne Teil-Adresse dazwischen.</translation>
    </message>
    <message>
        <source>#EXT-X-MEDIA-SEQUENCE is not a number (“%1”).</source>
        <translation>#EXT-X-MEDIA-SEQUENCE ist keine Zahl („%1“).</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE is not “length[@offset]” (“%1”).</source>
        <translation>#EXT-X-BYTERANGE hat nicht die Form „length[@offset]“ („%1“).</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE names %1 bytes, more than a chunk may hold (limit kMaxChunkBytes).</source>
        <translation>#EXT-X-BYTERANGE nennt %1 Bytes, mehr als ein Teil enthalten darf (Grenze kMaxChunkBytes).</translation>
    </message>
    <message>
        <source>#EXT-X-KEY uses METHOD=%1 but gives no key URI.</source>
        <translation>#EXT-X-KEY verwendet METHOD=%1, gibt aber keine Schlüssel-URI an.</translation>
    </message>
    <message>
        <source>#EXT-X-KEY has an IV that is not a 128-bit hex number (“%1”).</source>
        <translation>#EXT-X-KEY hat einen IV, der keine 128-Bit-Hexadezimalzahl ist („%1“).</translation>
    </message>
    <message>
        <source>a second #EXT-X-STREAM-INF follows the one on line %1 without a playlist address between them.</source>
        <translation>ein zweites #EXT-X-STREAM-INF folgt auf das in Zeile %1, ohne Playlist-Adresse dazwischen.</translation>
    </message>
    <message>
        <source>the playlist lists more than %1 entries (limit kMaxPlaylistEntries).</source>
        <translation>die Playlist enthält mehr als %1 Einträge (Grenze kMaxPlaylistEntries).</translation>
    </message>
    <message>
        <source>the chunk address “%1” has no #EXTINF before it; the playlist is damaged or cut short.</source>
        <translation>vor der Teil-Adresse „%1“ steht kein #EXTINF; die Playlist ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>#EXT-X-MEDIA-SEQUENCE %1 plus the chunk&apos;s place in the list is too large a number.</source>
        <translation>#EXT-X-MEDIA-SEQUENCE %1 plus die Position des Teils in der Liste ergibt eine zu große Zahl.</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE offset plus length is too large a number.</source>
        <translation>Offset plus Länge von #EXT-X-BYTERANGE ergibt eine zu große Zahl.</translation>
    </message>
    <message>
        <source>the playlist is cut short: the #EXTINF on line %1 has no chunk address after it. The download was probably interrupted; try again.</source>
        <translation>die Playlist ist abgeschnitten: Auf das #EXTINF in Zeile %1 folgt keine Teil-Adresse. Der Download wurde vermutlich unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the playlist is cut short: the #EXT-X-STREAM-INF on line %1 has no playlist address after it. The download was probably interrupted; try again.</source>
        <translation>die Playlist ist abgeschnitten: Auf das #EXT-X-STREAM-INF in Zeile %1 folgt keine Playlist-Adresse. Der Download wurde vermutlich unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>chunk %1 is listed more than once; a playlist that repeats chunks is refused.</source>
        <translation>Teil %1 ist mehrfach aufgeführt; eine Playlist, die Teile wiederholt, wird abgelehnt.</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB (limit kMaxPlaylistBytes).</source>
        <translation>sie ist größer als %1 MiB (Grenze kMaxPlaylistBytes).</translation>
    </message>
    <message>
        <source>it mixes a master playlist (#EXT-X-STREAM-INF) with media segments (#EXTINF), which HLS does not allow.</source>
        <translation>sie mischt eine Master-Playlist (#EXT-X-STREAM-INF) mit Mediensegmenten (#EXTINF), was HLS nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>LiveChunks</name>
    <message>
        <source>The live playlist names a chunk at “%1”, on another server than the playlist&apos;s own; it is refused.</source>
        <translation>Die Live-Playlist nennt einen Teil unter „%1“, auf einem anderen Server als dem der Playlist; sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>The live playlist lists chunk %1 after chunk %2: more than %3 chunks apart, longer than any Space lasts. It is refused.</source>
        <translation>Die Live-Playlist führt Teil %1 nach Teil %2 auf: mehr als %3 Teile auseinander, länger, als ein Space dauert. Sie wird abgelehnt.</translation>
    </message>
    <message>
        <source>This live Space is encrypted (for subscribers); Spacetape cannot record those live yet. Download its replay after it ends.</source>
        <translation>Dieser Live-Space ist verschlüsselt (für Abonnenten); Spacetape kann solche Spaces noch nicht live aufnehmen. Laden Sie nach dem Ende seine Aufzeichnung herunter.</translation>
    </message>
</context>
<context>
    <name>LiveSidecar</name>
    <message>
        <source>The saved live capture list is refused: %1.</source>
        <translation>Die gespeicherte Liste der Live-Aufnahme wird abgelehnt: %1.</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>it is not a live capture list this version can read</source>
        <translation>sie ist keine Liste der Live-Aufnahme, die diese Version lesen kann</translation>
    </message>
    <message>
        <source>it belongs to another Space</source>
        <translation>sie gehört zu einem anderen Space</translation>
    </message>
    <message>
        <source>it names a playlist that is not a web address</source>
        <translation>sie nennt eine Playlist, die keine Webadresse ist</translation>
    </message>
    <message>
        <source>a sequence number is out of range</source>
        <translation>eine Sequenznummer liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>it lists more than %1 chunks</source>
        <translation>sie enthält mehr als %1 Teile</translation>
    </message>
    <message>
        <source>a chunk entry is damaged</source>
        <translation>ein Teil-Eintrag ist beschädigt</translation>
    </message>
    <message>
        <source>chunk %1 is not on the host of its playlists</source>
        <translation>Teil %1 liegt nicht auf dem Host seiner Playlists</translation>
    </message>
    <message>
        <source>chunk %1 is out of range or listed twice</source>
        <translation>Teil %1 liegt außerhalb des gültigen Bereichs oder ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>The saved live capture list is not used: %1</source>
        <translation>Die gespeicherte Liste der Live-Aufnahme wird nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>M4aFrameReader</name>
    <message>
        <source>%1 is not an audio file Spacetape can cut (%2). Give a .m4a saved by Spacetape, or the Space&apos;s link.</source>
        <translation>%1 ist keine Audiodatei, die Spacetape schneiden kann (%2). Geben Sie eine von Spacetape gespeicherte .m4a-Datei oder den Link des Space an.</translation>
    </message>
    <message>
        <source>no audio sample table</source>
        <translation>keine Audio-Sample-Tabelle</translation>
    </message>
    <message>
        <source>no AAC track</source>
        <translation>keine AAC-Spur</translation>
    </message>
    <message>
        <source>no AAC configuration</source>
        <translation>keine AAC-Konfiguration</translation>
    </message>
    <message>
        <source>a damaged sample size table</source>
        <translation>eine beschädigte Sample-Größentabelle</translation>
    </message>
    <message>
        <source>a damaged chunk table</source>
        <translation>eine beschädigte Chunk-Tabelle</translation>
    </message>
    <message>
        <source>%1 is cut short; its audio is damaged.</source>
        <translation>%1 ist abgeschnitten; das Audio darin ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>M4aWriter</name>
    <message>
        <source>Internal error: the M4A writer was started twice.</source>
        <translation>Interner Fehler: Der M4A-Writer wurde zweimal gestartet.</translation>
    </message>
    <message>
        <source>Internal error: the M4A output file is not open for writing.</source>
        <translation>Interner Fehler: Die M4A-Ausgabedatei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save an empty recording: no audio frames were found in the downloaded chunks. The Space may have no replay yet; try again later.</source>
        <translation>Eine leere Aufnahme kann nicht gespeichert werden: In den heruntergeladenen Teilen wurden keine Audio-Frames gefunden. Der Space hat womöglich noch keine Aufzeichnung; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The recording is too long for one M4A file.</source>
        <translation>Die Aufnahme ist zu lang für eine M4A-Datei.</translation>
    </message>
    <message>
        <source>Cannot save audio in an unsupported format (%1): only AAC with a standard channel layout is supported.</source>
        <translation>Audio in einem nicht unterstützten Format (%1) kann nicht gespeichert werden: Nur AAC mit einer Standard-Kanalbelegung wird unterstützt.</translation>
    </message>
    <message>
        <source>Audio frame %1 is empty; the downloaded audio is damaged. Try downloading the Space again.</source>
        <translation>Audio-Frame %1 ist leer; das heruntergeladene Audio ist beschädigt. Versuchen Sie, den Space erneut herunterzuladen.</translation>
    </message>
    <message>
        <source>Internal error: the section lies outside its audio frames.</source>
        <translation>Interner Fehler: Der Abschnitt liegt außerhalb seiner Audio-Frames.</translation>
    </message>
    <message>
        <source>Internal error: writing audio after the M4A writer failed.</source>
        <translation>Interner Fehler: Audio wird geschrieben, nachdem der M4A-Writer fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Internal error: audio written before the M4A header.</source>
        <translation>Interner Fehler: Audio wurde vor dem M4A-Header geschrieben.</translation>
    </message>
    <message>
        <source>The audio has more frames than the %1 it was indexed with; the downloaded chunks changed while saving. Try saving again.</source>
        <translation>Das Audio hat mehr Frames als die %1, mit denen es indiziert wurde; die heruntergeladenen Teile haben sich beim Speichern geändert. Versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <source>Audio frame %1 has %2 bytes but was indexed with %3; the downloaded chunks changed while saving. Try saving again.</source>
        <translation>Audio-Frame %1 hat %2 Bytes, wurde aber mit %3 indiziert; die heruntergeladenen Teile haben sich beim Speichern geändert. Versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <source>Internal error: finishing an M4A writer that failed.</source>
        <translation>Interner Fehler: Ein fehlgeschlagener M4A-Writer wird abgeschlossen.</translation>
    </message>
    <message>
        <source>Internal error: the M4A writer was never started.</source>
        <translation>Interner Fehler: Der M4A-Writer wurde nie gestartet.</translation>
    </message>
    <message>
        <source>The audio ended after %1 of %2 frames, so the file would be cut short. Try saving again.</source>
        <translation>Das Audio endete nach %1 von %2 Frames, die Datei wäre also unvollständig. Versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. Free at least %2 MB there and try again.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist voll. Geben Sie dort mindestens %2 MB frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>the audio file</source>
        <extracomment>stands for the file name in &quot;Could not write %1: ...&quot;</extracomment>
        <translation>Die Audiodatei</translation>
    </message>
</context>
<context>
    <name>OutputPlacement</name>
    <message>
        <source>Could not write to the output folder %1. Check that the disk is writable and mounted, or choose another output folder.</source>
        <translation>In den Zielordner %1 konnte nicht geschrieben werden. Prüfen Sie, ob der Datenträger beschreibbar und eingehängt ist, oder wählen Sie einen anderen Zielordner.</translation>
    </message>
    <message>
        <source>Could not create the output folder %1. Check that the disk is writable and mounted, or choose another output folder.</source>
        <translation>Der Zielordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der Datenträger beschreibbar und eingehängt ist, oder wählen Sie einen anderen Zielordner.</translation>
    </message>
    <message>
        <source>takes rename, overwrite or skip, not &quot;%1&quot;.</source>
        <extracomment>follows an option name, e.g. &quot;--if-exists takes rename, ...&quot;; the three words are values to type, not to translate</extracomment>
        <translation>erwartet rename, overwrite oder skip, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Enter the proxy as host:port, e.g. proxy.example.org:3128.</source>
        <translation>Geben Sie den Proxy als Host:Port ein, z. B. proxy.example.org:3128.</translation>
    </message>
    <message>
        <source>Only http:// and socks5:// proxies are supported.</source>
        <translation>Nur http://- und socks5://-Proxys werden unterstützt.</translation>
    </message>
    <message>
        <source>“%1” is not a host:port proxy address.</source>
        <translation>„%1“ ist keine Proxy-Adresse der Form Host:Port.</translation>
    </message>
    <message>
        <source>The proxy needs a port: write it as host:port, e.g. %1:3128.</source>
        <translation>Der Proxy braucht einen Port: Schreiben Sie ihn als Host:Port, z. B. %1:3128.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;p&gt;Spacetape logs in to X with two cookies from a browser where you are logged in to x.com: &lt;b&gt;auth_token&lt;/b&gt; and &lt;b&gt;ct0&lt;/b&gt;. They are kept in your system keychain only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File:&lt;/b&gt; with a cookie export extension (for example “Get cookies.txt LOCALLY” or “Cookie-Editor”) save the cookies of x.com, then choose that file here.&lt;br&gt;&lt;b&gt;Paste:&lt;/b&gt; in the browser&apos;s developer tools (F12), Network tab, click any request to x.com and copy the value of its &lt;i&gt;Cookie&lt;/i&gt; request header.&lt;br&gt;&lt;b&gt;Type:&lt;/b&gt; in the developer tools&apos; storage view (Application or Storage, then Cookies, then https://x.com) copy the values of auth_token and ct0.&lt;/p&gt;&lt;p&gt;Logging out of X in that browser ends this login too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spacetape meldet sich bei X mit zwei Cookies aus einem Browser an, in dem Sie bei x.com angemeldet sind: &lt;b&gt;auth_token&lt;/b&gt; und &lt;b&gt;ct0&lt;/b&gt;. Sie werden nur im Schlüsselbund Ihres Systems gespeichert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datei:&lt;/b&gt; Speichern Sie mit einer Cookie-Export-Erweiterung (zum Beispiel „Get cookies.txt LOCALLY“ oder „Cookie-Editor“) die Cookies von x.com und wählen Sie diese Datei hier aus.&lt;br&gt;&lt;b&gt;Einfügen:&lt;/b&gt; Klicken Sie in den Entwicklerwerkzeugen des Browsers (F12), Reiter Netzwerk, auf eine beliebige Anfrage an x.com und kopieren Sie den Wert ihres &lt;i&gt;Cookie&lt;/i&gt;-Anfrage-Headers.&lt;br&gt;&lt;b&gt;Eingeben:&lt;/b&gt; Kopieren Sie in der Speicheransicht der Entwicklerwerkzeuge (Anwendung oder Speicher, dann Cookies, dann https://x.com) die Werte von auth_token und ct0.&lt;/p&gt;&lt;p&gt;Wenn Sie sich in diesem Browser von X abmelden, endet auch diese Anmeldung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>The Space&apos;s ID, e.g. 1YqJDqWqLOYJV</source>
        <translation>Die ID des Space, z. B. 1YqJDqWqLOYJV</translation>
    </message>
    <message>
        <source>The Space&apos;s title</source>
        <translation>Der Titel des Space</translation>
    </message>
    <message>
        <source>The host&apos;s @handle, without the @</source>
        <translation>Das @Handle des Hosts, ohne das @</translation>
    </message>
    <message>
        <source>The host&apos;s display name</source>
        <translation>Der Anzeigename des Hosts</translation>
    </message>
    <message>
        <source>The day the Space started (UTC), yyyy-MM-dd</source>
        <translation>Der Tag, an dem der Space begann (UTC), yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The time the Space started (UTC), HH-mm</source>
        <translation>Die Uhrzeit, zu der der Space begann (UTC), HH-mm</translation>
    </message>
    <message>
        <source>How long the Space lasted, e.g. 1h02m</source>
        <translation>Wie lange der Space dauerte, z. B. 1h02m</translation>
    </message>
    <message>
        <source>Resume Downloads?</source>
        <translation>Downloads fortsetzen?</translation>
    </message>
    <message>
        <source>1 download did not finish last time. Continue it now? It continues from the parts already on disk.</source>
        <translation>1 Download wurde beim letzten Mal nicht fertig. Jetzt fortsetzen? Er setzt bei den Teilen fort, die schon auf der Festplatte sind.</translation>
    </message>
    <message>
        <source>%1 downloads did not finish last time. Continue them now? They continue from the parts already on disk.</source>
        <translation>%1 Downloads wurden beim letzten Mal nicht fertig. Jetzt fortsetzen? Sie setzen bei den Teilen fort, die schon auf der Festplatte sind.</translation>
    </message>
    <message>
        <source>The saved download queue (%1) could not be read, so the queue starts empty and will not be saved over that file. Check its permissions, or move it away and restart Spacetape.</source>
        <translation>Die gespeicherte Download-Warteschlange (%1) konnte nicht gelesen werden. Die Warteschlange beginnt daher leer und überschreibt diese Datei nicht. Prüfen Sie ihre Berechtigungen oder verschieben Sie sie und starten Sie Spacetape neu.</translation>
    </message>
    <message>
        <source>The saved download queue could not be read, so the queue starts empty. The old file was kept as %1; downloaded files and cached chunks are untouched, and adding the links again continues from the chunks already on disk.</source>
        <translation>Die gespeicherte Download-Warteschlange konnte nicht gelesen werden, daher beginnt die Warteschlange leer. Die alte Datei wurde als %1 behalten; heruntergeladene Dateien und zwischengespeicherte Teile bleiben unberührt, und wenn Sie die Links erneut hinzufügen, geht es bei den Teilen weiter, die schon auf der Festplatte sind.</translation>
    </message>
    <message>
        <source>Saved Queue Unreadable</source>
        <translation>Gespeicherte Warteschlange unlesbar</translation>
    </message>
    <message>
        <source>Add Copied Space?</source>
        <translation>Kopierten Space hinzufügen?</translation>
    </message>
    <message>
        <source>You copied a Space link:
%1

Add it to the queue?</source>
        <translation>Sie haben einen Space-Link kopiert:
%1

Zur Warteschlange hinzufügen?</translation>
    </message>
    <message>
        <source>You copied %1 Space links. Add them to the queue?</source>
        <translation>Sie haben %1 Space-Links kopiert. Zur Warteschlange hinzufügen?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Copied Space link in the link bar: press Enter to add it.</source>
        <translation>Kopierter Space-Link in der Linkleiste: Drücken Sie Enter, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>Space saved</source>
        <translation>Space gespeichert</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>A Space</source>
        <translation>Ein Space</translation>
    </message>
    <message>
        <source>%1 is live — recording</source>
        <translation>%1 ist live – wird aufgenommen</translation>
    </message>
    <message>
        <source>X login expired</source>
        <translation>X-Anmeldung abgelaufen</translation>
    </message>
    <message>
        <source>X refused the stored login, so Spacetape continues as a guest. Log in again from Account.</source>
        <translation>X hat die gespeicherte Anmeldung abgelehnt, daher macht Spacetape als Gast weiter. Melden Sie sich unter Konto erneut an.</translation>
    </message>
    <message>
        <source>%1: not a regular file, so it is not read</source>
        <translation>%1: keine normale Datei, daher wird sie nicht gelesen</translation>
    </message>
    <message>
        <source>%1: too large for a list of links (%2 MB at most, limit kMaxLinksFileBytes)</source>
        <translation>%1: zu groß für eine Liste von Links (höchstens %2 MB, Grenze kMaxLinksFileBytes)</translation>
    </message>
    <message>
        <source>Clip %1 · %2</source>
        <translation>Clip %1 · %2</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>Could not read %1: it is not a regular file.</source>
        <translation>%1 konnte nicht gelesen werden: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not read %1: it is larger than %2 MB.</source>
        <translation>%1 konnte nicht gelesen werden: Die Datei ist größer als %2 MB.</translation>
    </message>
</context>
<context>
    <name>ReplyGuard</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>the %1 is larger than %2, far more than a real one, so Spacetape stopped downloading it; the server may be faulty or not the one it should be: try again later, or check the address</source>
        <translation>der Download (%1) ist größer als %2, weit mehr als ein echter, daher hat Spacetape ihn abgebrochen; der Server ist womöglich fehlerhaft oder nicht der richtige: Versuchen Sie es später erneut oder prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>the %1 did not arrive within %2 s; the server is too slow: try again later</source>
        <translation>der Download (%1) kam nicht innerhalb von %2 s an; der Server ist zu langsam: Versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>SectionRange</name>
    <message>
        <source>Give a section as START-END, e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s or 10:00-end.</source>
        <translation>Geben Sie einen Abschnitt als START-END an, z. B. 1:02:03-1:10:00, 45:00-50:00, 90s-120s oder 10:00-end.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section. %2</source>
        <translation>„%1“ ist kein Abschnitt. %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. %2</source>
        <translation>„%1“ ist keine Zeitangabe. %2</translation>
    </message>
    <message>
        <source>The section %1 ends before it starts: END must come after START.</source>
        <translation>Der Abschnitt %1 endet, bevor er beginnt: END muss nach START liegen.</translation>
    </message>
    <message>
        <source>The section %1 starts after the end: the Space lasts %2.</source>
        <translation>Der Abschnitt %1 beginnt nach dem Ende: Der Space dauert %2.</translation>
    </message>
    <message>
        <source>The section %1 ends after the end: the Space lasts %2 (use &quot;end&quot; as END to save to its end).</source>
        <translation>Der Abschnitt %1 endet nach dem Ende: Der Space dauert %2 (verwenden Sie „end“ als END, um bis zum Ende zu speichern).</translation>
    </message>
    <message>
        <source>The section %1 ends before it starts.</source>
        <translation>Der Abschnitt %1 endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is later than any Space lasts: a time in a Space is at most %2.</source>
        <translation>„%1“ liegt später, als ein Space dauern kann: Eine Zeit in einem Space ist höchstens %2.</translation>
    </message>
</context>
<context>
    <name>SectionWriter</name>
    <message>
        <source>The audio fetched for this section does not cover it (samples %1 to %2 asked, %3 to %4 present). The chunks may be shorter than the playlist says; try a slightly different range.</source>
        <translation>Das für diesen Abschnitt geladene Audio deckt ihn nicht ab (Samples %1 bis %2 verlangt, %3 bis %4 vorhanden). Die Teile sind womöglich kürzer, als die Playlist angibt; versuchen Sie einen etwas anderen Bereich.</translation>
    </message>
</context>
<context>
    <name>Sidecars</name>
    <message>
        <source>Could not save %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>Space</name>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
</context>
<context>
    <name>SpaceId</name>
    <message>
        <source>“%1” is not a Space ID (13 letters and digits), so no chunk folder is made or removed for it.</source>
        <translation>„%1“ ist keine Space-ID (13 Buchstaben und Ziffern), daher wird dafür kein Teile-Ordner angelegt oder entfernt.</translation>
    </message>
    <message>
        <source>No chunk cache folder is set.</source>
        <translation>Es ist kein Cache-Ordner für Teile festgelegt.</translation>
    </message>
    <message>
        <source>The chunk folder of %1 would lie outside the cache folder %2; nothing is written or removed there.</source>
        <translation>Der Teile-Ordner von %1 läge außerhalb des Cache-Ordners %2; dort wird nichts geschrieben oder entfernt.</translation>
    </message>
</context>
<context>
    <name>SpaceJson</name>
    <message>
        <source>The speakers and chat file is damaged (not a JSON object): %1.</source>
        <translation>Die Datei mit Sprechern und Chat ist beschädigt (kein JSON-Objekt): %1.</translation>
    </message>
    <message>
        <source>wrong shape</source>
        <translation>falsche Struktur</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB (kMaxSpaceJsonBytes), too large to be a Space&apos;s speakers and chat; it was not read.</source>
        <translation>%1 ist größer als %2 MB (kMaxSpaceJsonBytes), zu groß für Sprecher und Chat eines Space; die Datei wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>SpaceLink</name>
    <message>
        <source>A Space link looks like https://x.com/i/spaces/%1 (the 13-character ID alone, such as %1, also works).</source>
        <translation>Ein Space-Link sieht so aus: https://x.com/i/spaces/%1 (die 13-stellige ID allein, etwa %1, geht auch).</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. %2</source>
        <translation>kein Space-Link: „%1“. %2</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. This links to a post, not to a Space: open the post and copy the Space&apos;s own link (…/i/spaces/…). %2</source>
        <translation>kein Space-Link: „%1“. Dies verweist auf einen Beitrag, nicht auf einen Space: Öffnen Sie den Beitrag und kopieren Sie den eigenen Link des Space (…/i/spaces/…). %2</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. A Space ID has exactly 13 letters and digits; this one has %2. Check that the whole link was copied. %3</source>
        <translation>kein Space-Link: „%1“. Eine Space-ID hat genau 13 Buchstaben und Ziffern; diese hat %2. Prüfen Sie, ob der ganze Link kopiert wurde. %3</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. Only x.com and twitter.com links are accepted; this one points to %2. %3</source>
        <translation>kein Space-Link: „%1“. Nur Links zu x.com und twitter.com werden angenommen; dieser verweist auf %2. %3</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. The link hides its destination (user name, port or unusual scheme), so it is not trusted. %2</source>
        <translation>kein Space-Link: „%1“. Der Link verbirgt sein Ziel (Benutzername, Port oder ungewöhnliches Schema), daher wird ihm nicht vertraut. %2</translation>
    </message>
</context>
<context>
    <name>SpaceMetadata</name>
    <message>
        <source>X&apos;s answer about this Space could not be read (%1). X may have changed its API or be having trouble: try again later, or update Spacetape.</source>
        <translation>Die Antwort von X zu diesem Space konnte nicht gelesen werden (%1). X hat womöglich seine API geändert oder hat Probleme: Versuchen Sie es später erneut oder aktualisieren Sie Spacetape.</translation>
    </message>
    <message>
        <source>X answered with an error instead of the Space&apos;s details: &quot;%1&quot;.</source>
        <translation>X antwortete mit einem Fehler statt mit den Details des Space: „%1“.</translation>
    </message>
    <message>
        <source>This Space was not found, or it needs a login: check the link, or log in to X in Spacetape (import your browser&apos;s x.com cookies) and try again.</source>
        <translation>Dieser Space wurde nicht gefunden oder erfordert eine Anmeldung: Prüfen Sie den Link oder melden Sie sich in Spacetape bei X an (importieren Sie die x.com-Cookies Ihres Browsers) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Space has ended, but the host did not keep a replay, so X has no recording to download.</source>
        <translation>Dieser Space ist beendet, aber der Host hat keine Aufzeichnung behalten, daher hat X keine Aufnahme zum Herunterladen.</translation>
    </message>
    <message>
        <source>This Space has not started yet: it is scheduled for %1.</source>
        <translation>Dieser Space hat noch nicht begonnen: Er ist für %1 geplant.</translation>
    </message>
    <message>
        <source>This Space has not started yet (no start time was announced).</source>
        <translation>Dieser Space hat noch nicht begonnen (es wurde keine Startzeit angekündigt).</translation>
    </message>
    <message>
        <source>The host canceled this Space, so there is nothing to download.</source>
        <translation>Der Host hat diesen Space abgesagt, daher gibt es nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>X reports this Space as &quot;%1&quot;, which Spacetape does not know, and no replay is available. Try again later, or update Spacetape.</source>
        <translation>X meldet diesen Space als „%1“, was Spacetape nicht kennt, und es ist keine Aufzeichnung verfügbar. Versuchen Sie es später erneut oder aktualisieren Sie Spacetape.</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>X did not send this Space&apos;s media key, so its recording cannot be located. Try again later, or log in to X in Spacetape.</source>
        <translation>X hat den Media-Key dieses Space nicht gesendet, daher lässt sich seine Aufnahme nicht finden. Versuchen Sie es später erneut oder melden Sie sich in Spacetape bei X an.</translation>
    </message>
</context>
<context>
    <name>SpeakerChapters</name>
    <message>
        <source>Unknown speaker</source>
        <translation>Unbekannter Sprecher</translation>
    </message>
</context>
<context>
    <name>StreamInfo</name>
    <message>
        <source>X&apos;s answer about this Space&apos;s stream could not be read (%1). Try again later, or update Spacetape.</source>
        <translation>Die Antwort von X zum Stream dieses Space konnte nicht gelesen werden (%1). Versuchen Sie es später erneut oder aktualisieren Sie Spacetape.</translation>
    </message>
    <message>
        <source>X refused to give this Space&apos;s stream address: &quot;%1&quot;.</source>
        <translation>X hat die Stream-Adresse dieses Space verweigert: „%1“.</translation>
    </message>
    <message>
        <source>X gave no stream address for this Space. Right after a Space ends its recording can take a few minutes to appear: try again shortly.</source>
        <translation>X hat keine Stream-Adresse für diesen Space geliefert. Direkt nach dem Ende eines Space kann es ein paar Minuten dauern, bis seine Aufnahme erscheint: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>X gave a stream address for this Space that is not a web address (&quot;%1&quot;). X may have changed its API: update Spacetape.</source>
        <translation>X hat für diesen Space eine Stream-Adresse geliefert, die keine Webadresse ist („%1“). X hat womöglich seine API geändert: Aktualisieren Sie Spacetape.</translation>
    </message>
</context>
<context>
    <name>TaggedOutput</name>
    <message>
        <source>Could not create %1: %2. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht angelegt werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Is the disk full?</source>
        <translation>%1 konnte nicht fertig geschrieben werden: %2. Ist der Datenträger voll?</translation>
    </message>
    <message>
        <source>Could not move the finished file to %1: %2.</source>
        <translation>Die fertige Datei konnte nicht nach %1 verschoben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Tagger</name>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file does not exist. It may have been moved or deleted; save the Space again.</source>
        <translation>„%1“ kann nicht getaggt werden: Die Datei existiert nicht. Sie wurde womöglich verschoben oder gelöscht; speichern Sie den Space erneut.</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file cannot be opened. Check its permissions.</source>
        <translation>„%1“ kann nicht getaggt werden: Die Datei lässt sich nicht öffnen. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: it is not a readable M4A/MP4 audio file (it may be damaged or incomplete). Save the Space again.</source>
        <translation>„%1“ kann nicht getaggt werden: Es ist keine lesbare M4A/MP4-Audiodatei (sie ist womöglich beschädigt oder unvollständig). Speichern Sie den Space erneut.</translation>
    </message>
    <message>
        <source>The cover image is neither JPEG nor PNG, so it cannot be embedded. Save without a cover or pick a JPEG or PNG image.</source>
        <translation>Das Cover-Bild ist weder JPEG noch PNG und kann daher nicht eingebettet werden. Speichern Sie ohne Cover oder wählen Sie ein JPEG- oder PNG-Bild.</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file is read-only. Allow writing to it and try again.</source>
        <translation>„%1“ kann nicht getaggt werden: Die Datei ist schreibgeschützt. Erlauben Sie das Schreiben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save the tags of &quot;%1&quot;. Check that the disk is not full and the file is writable, then try again.</source>
        <translation>Die Tags von „%1“ konnten nicht gespeichert werden. Prüfen Sie, ob der Datenträger nicht voll und die Datei beschreibbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The playlist names a variant at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>Die Playlist nennt eine Variante unter „%1“, was keine http(s)-Adresse ist; eine Playlist aus dem Netz darf nur Webadressen nennen, daher wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>The playlist names a chunk at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>Die Playlist nennt einen Teil unter „%1“, was keine http(s)-Adresse ist; eine Playlist aus dem Netz darf nur Webadressen nennen, daher wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>The playlist names a key at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>Die Playlist nennt einen Schlüssel unter „%1“, was keine http(s)-Adresse ist; eine Playlist aus dem Netz darf nur Webadressen nennen, daher wird sie abgelehnt.</translation>
    </message>
</context>
<context>
    <name>VariantChain</name>
    <message>
        <source>The master playlist lists no stream to download.</source>
        <translation>Die Master-Playlist enthält keinen Stream zum Herunterladen.</translation>
    </message>
    <message>
        <source>The master playlist leads back to a playlist already read (a loop); it is refused.</source>
        <translation>Die Master-Playlist führt zurück zu einer bereits gelesenen Playlist (eine Schleife) und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The master playlist leads through more than %1 masters; it is refused.</source>
        <translation>Die Master-Playlist führt über mehr als %1 Master-Playlists und wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>WatchEndpoints</name>
    <message>
        <source>X&apos;s answer about @%1 was not readable (%2).</source>
        <translation>Die Antwort von X zu @%1 war nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>X says @%1 is unavailable (suspended or deactivated).</source>
        <translation>Laut X ist @%1 nicht verfügbar (gesperrt oder deaktiviert).</translation>
    </message>
    <message>
        <source>X could not look up @%1: %2</source>
        <translation>X konnte @%1 nicht nachschlagen: %2</translation>
    </message>
    <message>
        <source>X knows no user @%1: check the spelling (the account may have been renamed).</source>
        <translation>X kennt keinen Benutzer @%1: Prüfen Sie die Schreibweise (das Konto wurde womöglich umbenannt).</translation>
    </message>
    <message>
        <source>X&apos;s answer about live hosts was not readable (%1).</source>
        <translation>Die Antwort von X zu Hosts, die live sind, war nicht lesbar (%1).</translation>
    </message>
</context>
<context>
    <name>XJson</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>XLogin</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>an invisible character (U+%1)</source>
        <translation>ein unsichtbares Zeichen (U+%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 (copy it again from your browser&apos;s cookies for x.com, while logged in)</source>
        <translation>%1 (kopieren Sie es erneut aus den Cookies Ihres Browsers für x.com, während Sie angemeldet sind)</translation>
    </message>
    <message>
        <source>the auth_token cookie is missing</source>
        <translation>das Cookie auth_token fehlt</translation>
    </message>
    <message>
        <source>the auth_token cookie must be %1 hexadecimal characters; this one has %2</source>
        <translation>das Cookie auth_token muss aus %1 Hexadezimalzeichen bestehen; dieses hat %2</translation>
    </message>
    <message>
        <source>the auth_token cookie must be %1 hexadecimal characters; this one contains %2</source>
        <translation>das Cookie auth_token muss aus %1 Hexadezimalzeichen bestehen; dieses enthält %2</translation>
    </message>
    <message>
        <source>the ct0 cookie is missing</source>
        <translation>das Cookie ct0 fehlt</translation>
    </message>
    <message>
        <source>the ct0 cookie must be %1 to %2 hexadecimal characters; this one has %3</source>
        <translation>das Cookie ct0 muss aus %1 bis %2 Hexadezimalzeichen bestehen; dieses hat %3</translation>
    </message>
    <message>
        <source>the ct0 cookie must be %1 to %2 hexadecimal characters; this one contains %3</source>
        <translation>das Cookie ct0 muss aus %1 bis %2 Hexadezimalzeichen bestehen; dieses enthält %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save X Spaces as tagged audio files.</source>
        <translation>Speichert X Spaces als getaggte Audiodateien.</translation>
    </message>
    <message>
        <source>Space links to add to the queue.</source>
        <translation>Space-Links, die zur Warteschlange hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Spacetape is already running but does not answer. Close it (or end the process) and start it again.</source>
        <translation>Spacetape läuft bereits, antwortet aber nicht. Schließen Sie es (oder beenden Sie den Prozess) und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>spacetape::AboutDialog</name>
    <message>
        <source>About Spacetape</source>
        <translation>Über Spacetape</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Spacetape %1&lt;/h2&gt;&lt;p&gt;Saves X Spaces as tagged audio files.&lt;/p&gt;&lt;p&gt;Copyright © the Spacetape authors. Released under the &lt;a href=&quot;https://opensource.org/license/mit&quot;&gt;MIT License&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Spacetape links these libraries dynamically; you may replace them with compatible versions:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://taglib.org&quot;&gt;TagLib&lt;/a&gt; — GNU LGPL v2.1 or Mozilla Public License 1.1&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-Clause License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Spacetape is not affiliated with X Corp.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Spacetape %1&lt;/h2&gt;&lt;p&gt;Speichert X Spaces als getaggte Audiodateien.&lt;/p&gt;&lt;p&gt;Copyright © die Spacetape-Autoren. Veröffentlicht unter der &lt;a href=&quot;https://opensource.org/license/mit&quot;&gt;MIT-Lizenz&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Spacetape bindet diese Bibliotheken dynamisch ein; Sie können sie durch kompatible Versionen ersetzen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://taglib.org&quot;&gt;TagLib&lt;/a&gt; — GNU LGPL v2.1 oder Mozilla Public License 1.1&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD-3-Clause-Lizenz&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Spacetape ist nicht mit X Corp. verbunden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>spacetape::AccountDialog</name>
    <message>
        <source>X Account</source>
        <translation>X-Konto</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Remove the login from the keychain.</source>
        <translation>Die Anmeldung aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>A cookies.txt (Netscape format) or Cookie-Editor JSON export.</source>
        <translation>Ein cookies.txt- (Netscape-Format) oder Cookie-Editor-JSON-Export.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>From a &amp;File</source>
        <translation>Aus einer &amp;Datei</translation>
    </message>
    <message>
        <source>auth_token=…; ct0=…  (a Cookie header, or the content of a cookies file)</source>
        <translation>auth_token=…; ct0=…  (ein Cookie-Header oder der Inhalt einer Cookie-Datei)</translation>
    </message>
    <message>
        <source>Cookies to paste</source>
        <translation>Einzufügende Cookies</translation>
    </message>
    <message>
        <source>A Cookie header, or the content of a cookies.txt or Cookie-Editor JSON file</source>
        <translation>Ein Cookie-Header oder der Inhalt einer cookies.txt- oder Cookie-Editor-JSON-Datei</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation>40 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>usually 160 hexadecimal characters</source>
        <translation>meist 160 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>&amp;auth_token:</source>
        <translation>&amp;auth_token:</translation>
    </message>
    <message>
        <source>c&amp;t0:</source>
        <translation>c&amp;t0:</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>Ein&amp;geben</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>Schlüsselbund wird abgefragt…</translation>
    </message>
    <message>
        <source>Not logged in: Spacetape uses X as a guest.</source>
        <translation>Nicht angemeldet: Spacetape nutzt X als Gast.</translation>
    </message>
    <message>
        <source>Logged in to X.</source>
        <translation>Bei X angemeldet.</translation>
    </message>
    <message>
        <source>Logged in as @%1.</source>
        <translation>Angemeldet als @%1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose the Exported Cookies</source>
        <translation>Exportierte Cookies wählen</translation>
    </message>
    <message>
        <source>Cookie exports (*.txt *.json);;All files (*)</source>
        <translation>Cookie-Exporte (*.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot use %1: at %2 MB it is far too large to be a cookie export; export the cookies of x.com only.</source>
        <translation>%1 kann nicht verwendet werden: Mit %2 MB ist sie viel zu groß für einen Cookie-Export; exportieren Sie nur die Cookies von x.com.</translation>
    </message>
    <message>
        <source>Paste the Cookie header or the content of a cookies file first.</source>
        <translation>Fügen Sie zuerst den Cookie-Header oder den Inhalt einer Cookie-Datei ein.</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>these values</source>
        <translation>diese Werte</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The login could not be saved. %1</source>
        <translation>Die Anmeldung konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Could not log out. %1</source>
        <translation>Abmelden fehlgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>spacetape::CliChat</name>
    <message>
        <source>This Space has not started yet, so it has no chat to read.</source>
        <translation>Dieser Space hat noch nicht begonnen, daher gibt es keinen Chat zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation>
            <numerusform>%n Eintrag gelesen.</numerusform>
            <numerusform>%n Einträge gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliDoctor</name>
    <message>
        <source>Checking the connection to X (no Space given: the Space steps are skipped)…</source>
        <translation>Die Verbindung zu X wird geprüft (kein Space angegeben: Die Space-Schritte werden übersprungen)…</translation>
    </message>
    <message>
        <source>Checking the connection to X with Space %1…</source>
        <translation>Die Verbindung zu X wird mit Space %1 geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>No check failed (%n skipped).</source>
        <translation>
            <numerusform>Keine Prüfung ist fehlgeschlagen (%n übersprungen).</numerusform>
            <numerusform>Keine Prüfung ist fehlgeschlagen (%n übersprungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>Keine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks failed (%2); see the lines above for what to do.</source>
        <translation>
            <numerusform>%n von %1 Prüfungen ist fehlgeschlagen (%2); was zu tun ist, steht in den Zeilen darüber.</numerusform>
            <numerusform>%n von %1 Prüfungen sind fehlgeschlagen (%2); was zu tun ist, steht in den Zeilen darüber.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliRunner</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 Run again with --wait to record it when it starts.</source>
        <translation>%1 Führen Sie den Befehl mit --wait erneut aus, um ihn bei seinem Beginn aufzunehmen.</translation>
    </message>
    <message>
        <source>%1 Still waiting.</source>
        <translation>%1 Es wird weiter gewartet.</translation>
    </message>
    <message>
        <source>Started: %1 (%2)</source>
        <translation>Begonnen: %1 (%2)</translation>
    </message>
    <message>
        <source>The host canceled this Space while Spacetape was waiting for it to start.</source>
        <translation>Der Host hat diesen Space abgesagt, während Spacetape auf seinen Beginn wartete.</translation>
    </message>
    <message>
        <source>%1 (run the same command to wait again)</source>
        <translation>%1 (führen Sie denselben Befehl aus, um erneut zu warten)</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <source>no start time announced</source>
        <translation>keine Startzeit angekündigt</translation>
    </message>
    <message>
        <source>Waiting for %1: %2; Ctrl+C to stop</source>
        <translation>Warten auf %1: %2; Strg+C zum Beenden</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einen unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2), scheduled for %3: %4.</source>
        <translation>Warten auf %1 (%2), geplant für %3: %4.</translation>
    </message>
    <message>
        <source>Host disconnected; %1 recorded, waiting for the host to come back</source>
        <translation>Host getrennt; %1 aufgenommen, es wird gewartet, bis der Host zurückkommt</translation>
    </message>
    <message>
        <source>Finishing: the Space ended; %1 recorded, fetching the rest</source>
        <translation>Wird abgeschlossen: Der Space ist beendet; %1 aufgenommen, der Rest wird geladen</translation>
    </message>
    <message>
        <source>Recording live: %1 of %2 recorded, catching up</source>
        <translation>Live-Aufnahme: %1 von %2 aufgenommen, holt auf</translation>
    </message>
    <message>
        <source>Recording live: %1 recorded</source>
        <translation>Live-Aufnahme: %1 aufgenommen</translation>
    </message>
    <message>
        <source>This Space is still live: --section works once it has ended. Record it whole, or try again after the end.</source>
        <translation>Dieser Space ist noch live: --section funktioniert erst nach seinem Ende. Nehmen Sie ihn ganz auf oder versuchen Sie es nach dem Ende erneut.</translation>
    </message>
    <message>
        <source>%1/%2 chunks, %3, %4/s</source>
        <translation>%1/%2 Teile, %3, %4/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>Übersprungen (existiert): %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>saved with %n missing chunks (gaps allowed).</source>
        <translation>
            <numerusform>mit %n fehlenden Teil gespeichert (Lücken erlaubt).</numerusform>
            <numerusform>mit %n fehlenden Teilen gespeichert (Lücken erlaubt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliWatch</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>watching hosts needs an X login (X only tells logged-in users who is live): pass --cookies FILE with cookies exported from your browser, or store a login with spacetape-cli login --cookies FILE.</source>
        <translation>das Beobachten von Hosts braucht eine X-Anmeldung (X verrät nur angemeldeten Nutzern, wer live ist): Geben Sie --cookies FILE mit aus Ihrem Browser exportierten Cookies an oder speichern Sie eine Anmeldung mit spacetape-cli login --cookies FILE.</translation>
    </message>
    <message>
        <source>Found: %1 is live: %2</source>
        <translation>Gefunden: %1 ist live: %2</translation>
    </message>
    <message>
        <source>Watching %1 for live Spaces; Ctrl+C to stop.</source>
        <translation>Live-Spaces von %1 werden beobachtet; Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>Resuming: %1 (%2)</source>
        <translation>Wird fortgesetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>X reported it live, but it has not started yet.</source>
        <translation>X meldete ihn als live, aber er hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>Übersprungen (existiert): %1</translation>
    </message>
    <message>
        <source>%1 (still watching)</source>
        <translation>%1 (wird weiter beobachtet)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n recording(s) interrupted keep their chunks; run the same command to resume them.</source>
        <translation>
            <numerusform>Angehalten. %n unterbrochene Aufnahme behält ihre Teile; führen Sie denselben Befehl aus, um sie fortzusetzen.</numerusform>
            <numerusform>Angehalten. %n unterbrochene Aufnahmen behalten ihre Teile; führen Sie denselben Befehl aus, um sie fortzusetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching.</source>
        <translation>Beobachtung beendet.</translation>
    </message>
</context>
<context>
    <name>spacetape::ClientTransactionSource</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 names no ondemand.s chunk</source>
        <translation>%1 nennt keinen ondemand.s-Chunk</translation>
    </message>
    <message>
        <source>the ondemand.s chunk answered HTTP %1</source>
        <translation>der ondemand.s-Chunk antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>X calls go without x-client-transaction-id: its inputs could not be read from X&apos;s web app (%1).</source>
        <translation>Anfragen an X gehen ohne x-client-transaction-id hinaus: Die Eingangsdaten dafür konnten nicht aus der Web-App von X gelesen werden (%1).</translation>
    </message>
    <message>
        <source>no page to try</source>
        <translation>keine Seite zum Versuchen</translation>
    </message>
    <message>
        <source>web app page</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Seite der Web-App</translation>
    </message>
    <message>
        <source>ondemand.s script</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>ondemand.s-Skript</translation>
    </message>
</context>
<context>
    <name>spacetape::ConnectionCheckDialog</name>
    <message>
        <source>Check Connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Checks each step Spacetape takes to reach X. When X changes something, send this report along with your bug report. Give a Space link to check its stream and X&apos;s audio CDN too.</source>
        <translation>Prüft jeden Schritt, mit dem Spacetape X erreicht. Wenn X etwas ändert, schicken Sie diesen Bericht mit Ihrem Fehlerbericht mit. Geben Sie einen Space-Link an, um auch seinen Stream und das Audio-CDN von X zu prüfen.</translation>
    </message>
    <message>
        <source>https://x.com/i/spaces/… (optional)</source>
        <translation>https://x.com/i/spaces/… (optional)</translation>
    </message>
    <message>
        <source>Space to check</source>
        <translation>Zu prüfender Space</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the results as plain text (no cookies or tokens in it)</source>
        <translation>Die Ergebnisse als reinen Text kopieren (ohne Cookies oder Tokens)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — wird geprüft…</translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>Keine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Some checks failed: each says what to do.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Jede sagt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::ConnectionDoctor</name>
    <message>
        <source>Run the check with a Space link or ID (any Space that has a replay, or one on air) to check this too.</source>
        <translation>Führen Sie die Prüfung mit einem Space-Link oder einer ID aus (ein beliebiger Space mit Aufzeichnung oder einer, der gerade läuft), um auch dies zu prüfen.</translation>
    </message>
    <message>
        <source>Export fresh cookies from your browser and log in again (Account ▸ Log In…, or spacetape-cli login --cookies FILE).</source>
        <translation>Exportieren Sie frische Cookies aus Ihrem Browser und melden Sie sich erneut an (Konto ▸ Anmelden… oder spacetape-cli login --cookies FILE).</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then run the check again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und die Proxy-Einstellungen und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent for now: wait a few minutes (up to 15) and run the check again.</source>
        <translation>Das Anfragelimit von X ist vorerst ausgeschöpft: Warten Sie ein paar Minuten (bis zu 15) und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>guest token</source>
        <translation>Gast-Token</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>queryId discovery</source>
        <translation>queryId-Suche</translation>
    </message>
    <message>
        <source>stream status</source>
        <translation>Stream-Status</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>skipped — %1</source>
        <translation>übersprungen — %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Spacetape %1 connection check, %2</source>
        <translation>Spacetape %1 Verbindungsprüfung, %2</translation>
    </message>
    <message>
        <source>Qt %1 on %2</source>
        <translation>Qt %1 unter %2</translation>
    </message>
    <message>
        <source>Space: none given</source>
        <translation>Space: keiner angegeben</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Space: %1</translation>
    </message>
    <message>
        <source>Start or unlock your keychain (GNOME Keyring or KWallet on Linux). Meanwhile Spacetape works as a guest, or with cookies given for one run (spacetape-cli --cookies FILE).</source>
        <translation>Starten oder entsperren Sie Ihren Schlüsselbund (unter Linux GNOME Keyring oder KWallet). Bis dahin arbeitet Spacetape als Gast oder mit Cookies, die für einen einzelnen Lauf angegeben werden (spacetape-cli --cookies FILE).</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>readable, but not writable: %1</source>
        <translation>lesbar, aber nicht beschreibbar: %1</translation>
    </message>
    <message>
        <source> for @%1</source>
        <translation> für @%1</translation>
    </message>
    <message>
        <source>ok: readable and writable; a login%1 is stored%2</source>
        <translation>ok: lesbar und beschreibbar; eine Anmeldung%1 ist gespeichert%2</translation>
    </message>
    <message>
        <source> (not used: cookies were given for this run)</source>
        <translation> (nicht verwendet: für diesen Lauf wurden Cookies angegeben)</translation>
    </message>
    <message>
        <source>ok: readable and writable; no login stored</source>
        <translation>ok: lesbar und beschreibbar; keine Anmeldung gespeichert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>X hands out no guest sessions to you right now: wait a few minutes and run the check again. With a login, Spacetape needs no guest session.</source>
        <translation>X gibt Ihnen gerade keine Gastsitzungen: Warten Sie ein paar Minuten und führen Sie die Prüfung erneut aus. Mit einer Anmeldung braucht Spacetape keine Gastsitzung.</translation>
    </message>
    <message>
        <source>because keychain failed (no login to check)</source>
        <translation>weil der Schlüsselbund fehlschlug (keine Anmeldung zu prüfen)</translation>
    </message>
    <message>
        <source>no login: Spacetape uses guest access</source>
        <translation>keine Anmeldung: Spacetape nutzt den Gastzugang</translation>
    </message>
    <message>
        <source>Log in for Spaces that need it (Account ▸ Log In…, or spacetape-cli login --cookies FILE).</source>
        <translation>Melden Sie sich für Spaces an, die es verlangen (Konto ▸ Anmelden… oder spacetape-cli login --cookies FILE).</translation>
    </message>
    <message>
        <source>the cookies given for this run</source>
        <translation>die für diesen Lauf angegebenen Cookies</translation>
    </message>
    <message>
        <source>the login in the keychain</source>
        <translation>die Anmeldung im Schlüsselbund</translation>
    </message>
    <message>
        <source>X refused %1 (HTTP %2): it expired, or you logged out in the browser</source>
        <translation>X hat %1 abgelehnt (HTTP %2): abgelaufen, oder Sie haben sich im Browser abgemeldet</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent (HTTP 429)</source>
        <translation>Das Anfragelimit von X ist ausgeschöpft (HTTP 429)</translation>
    </message>
    <message>
        <source>could not reach X: %1</source>
        <translation>X nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>ok: X accepts %1</source>
        <translation>ok: X akzeptiert %1</translation>
    </message>
    <message>
        <source>X answered with another Space (%1)</source>
        <translation>X antwortete mit einem anderen Space (%1)</translation>
    </message>
    <message>
        <source>Check the link. If the Space is private or for subscribers, log in.</source>
        <translation>Prüfen Sie den Link. Wenn der Space privat oder nur für Abonnenten ist, melden Sie sich an.</translation>
    </message>
    <message>
        <source>Check the link.</source>
        <translation>Prüfen Sie den Link.</translation>
    </message>
    <message>
        <source>HTTP 404 with %1 — X changed the query</source>
        <translation>HTTP 404 mit %1 — X hat die Abfrage geändert</translation>
    </message>
    <message>
        <source>HTTP 400 with %1 — X wants feature switches it lacks</source>
        <translation>HTTP 400 mit %1 — X verlangt Feature-Schalter, die darin fehlen</translation>
    </message>
    <message>
        <source>X refused the %1 request (HTTP %2)</source>
        <translation>X hat die Anfrage (%1) abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>logged-in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>Log in (Account ▸ Log In…, or spacetape-cli login --cookies FILE); X may have closed guest access.</source>
        <translation>Melden Sie sich an (Konto ▸ Anmelden… oder spacetape-cli login --cookies FILE); X hat den Gastzugang womöglich geschlossen.</translation>
    </message>
    <message>
        <source>X answered HTTP %1</source>
        <translation>X antwortete HTTP %1</translation>
    </message>
    <message>
        <source>X may be having trouble: try again later.</source>
        <translation>X hat womöglich Probleme: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>no Space given</source>
        <translation>kein Space angegeben</translation>
    </message>
    <message>
        <source>because guest token failed (and there is no login)</source>
        <translation>weil das Gast-Token fehlschlug (und keine Anmeldung vorhanden ist)</translation>
    </message>
    <message>
        <source>the cached queryId %1 (worked %2)</source>
        <translation>der zwischengespeicherten queryId %1 (funktionierte am %2)</translation>
    </message>
    <message>
        <source>the newest known queryId %1 (none cached yet)</source>
        <translation>der neuesten bekannten queryId %1 (noch keine zwischengespeichert)</translation>
    </message>
    <message>
        <source>X changed its web app: update Spacetape. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>X hat seine Web-App geändert: Aktualisieren Sie Spacetape. Downloads funktionieren weiter, solange die zwischengespeicherte oder eine bekannte queryId funktioniert.</translation>
    </message>
    <message>
        <source>Since 2026 X shows its web app&apos;s chunk map to logged-in visitors only: log in, or give a Space link so its page is searched too. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>Seit 2026 zeigt X die Chunk-Map seiner Web-App nur angemeldeten Besuchern: Melden Sie sich an oder geben Sie einen Space-Link an, damit auch seine Seite durchsucht wird. Downloads funktionieren weiter, solange die zwischengespeicherte oder eine bekannte queryId funktioniert.</translation>
    </message>
    <message>
        <source>Since 2026 X shows its web app&apos;s chunk map to logged-in visitors only: log in, and run the check again. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>Seit 2026 zeigt X die Chunk-Map seiner Web-App nur angemeldeten Besuchern: Melden Sie sich an und führen Sie die Prüfung erneut aus. Downloads funktionieren weiter, solange die zwischengespeicherte oder eine bekannte queryId funktioniert.</translation>
    </message>
    <message>
        <source>X&apos;s audio module was not found (%1)</source>
        <translation>Das Audiomodul von X wurde nicht gefunden (%1)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no chunk map</source>
        <translation>%1: keine Chunk-Map</translation>
    </message>
    <message>
        <source>the audio module named on %1 answered %2</source>
        <translation>das auf %1 genannte Audiomodul antwortete mit %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the audio module (from %1) declares no AudioSpaceById</source>
        <translation>das Audiomodul (von %1) deklariert kein AudioSpaceById</translation>
    </message>
    <message>
        <source>, the one tried</source>
        <translation>, die versuchte</translation>
    </message>
    <message>
        <source>, not the %1 tried</source>
        <translation>, nicht die versuchte %1</translation>
    </message>
    <message>
        <source>ok: queryId %1 (from %2%3)</source>
        <translation>ok: queryId %1 (von %2%3)</translation>
    </message>
    <message>
        <source>Spacetape discovered the new queryId %1, which works, and saved it: downloads use it from now on. Run the check again to confirm.</source>
        <translation>Spacetape hat die neue queryId %1 gefunden; sie funktioniert und wurde gespeichert: Downloads verwenden sie ab jetzt. Führen Sie die Prüfung zur Bestätigung erneut aus.</translation>
    </message>
    <message>
        <source>Spacetape discovered the feature switches X now declares, which work, and saved them: downloads use them from now on. Run the check again to confirm.</source>
        <translation>Spacetape hat die Feature-Schalter gefunden, die X jetzt deklariert; sie funktionieren und wurden gespeichert: Downloads verwenden sie ab jetzt. Führen Sie die Prüfung zur Bestätigung erneut aus.</translation>
    </message>
    <message>
        <source>The discovered queryId %1 fails too (%2): update Spacetape, or try again later.</source>
        <translation>Die gefundene queryId %1 schlägt ebenfalls fehl (%2): Aktualisieren Sie Spacetape oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Discovery found no other queryId: the Space may be gone, or X changed more than the query. Update Spacetape.</source>
        <translation>Die Suche fand keine andere queryId: Der Space ist womöglich weg, oder X hat mehr als die Abfrage geändert. Aktualisieren Sie Spacetape.</translation>
    </message>
    <message>
        <source>Discovery failed too; the next line says why and what to do.</source>
        <translation>Die Suche schlug ebenfalls fehl; die nächste Zeile sagt, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>ok: “%1” (%2) with %3, %4; no discovery needed</source>
        <translation>ok: „%1“ (%2) mit %3, %4; keine Suche nötig</translation>
    </message>
    <message>
        <source>because %1 failed</source>
        <translation>weil %1 fehlschlug</translation>
    </message>
    <message>
        <source>the Space has not started: X has no stream for it yet</source>
        <translation>der Space hat nicht begonnen: X hat noch keinen Stream dafür</translation>
    </message>
    <message>
        <source>If the Space plays in the browser, X changed the stream request: update Spacetape. Otherwise try again later.</source>
        <translation>Wenn der Space im Browser abgespielt wird, hat X die Stream-Anfrage geändert: Aktualisieren Sie Spacetape. Andernfalls versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>ok: %1, playlist on %2</source>
        <translation>ok: %1, Playlist auf %2</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>X&apos;s audio CDN (%1) did not deliver. Try again in a few minutes; if it keeps failing, check that your network or proxy lets %1 through.</source>
        <translation>Das Audio-CDN von X (%1) lieferte nichts. Versuchen Sie es in ein paar Minuten erneut; wenn es weiter fehlschlägt, prüfen Sie, ob Ihr Netzwerk oder Proxy %1 durchlässt.</translation>
    </message>
    <message>
        <source>the Space has no stream to fetch</source>
        <translation>der Space hat keinen Stream zum Abrufen</translation>
    </message>
    <message>
        <source>a video Space: Spacetape does not save those yet</source>
        <translation>ein Video-Space: Solche speichert Spacetape noch nicht</translation>
    </message>
    <message>
        <source>playlist: %1</source>
        <translation>Playlist: %1</translation>
    </message>
    <message>
        <source>playlist ok (%1 chunks), but chunk %2: %3</source>
        <translation>Playlist ok (%1 Teile), aber Teil %2: %3</translation>
    </message>
    <message>
        <source>playlist %1 chunks; chunk %2: %3 KB</source>
        <translation>Playlist %1 Teile; Teil %2: %3 KB</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>%1, but no audio in it: %2</source>
        <translation>%1, aber ohne Audio darin: %2</translation>
    </message>
    <message>
        <source>no AAC frames</source>
        <translation>keine AAC-Frames</translation>
    </message>
    <message>
        <source>The CDN sent something other than audio (a proxy&apos;s or captive portal&apos;s page?): check your network, then run the check again.</source>
        <translation>Das CDN sandte etwas anderes als Audio (die Seite eines Proxys oder Captive Portals?): Prüfen Sie Ihr Netzwerk und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>ok: %1%2, %3</source>
        <translation>ok: %1%2, %3</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (verschlüsselt)</translation>
    </message>
    <message>
        <source> of AAC audio</source>
        <translation> AAC-Audio</translation>
    </message>
    <message>
        <source>chunk</source>
        <translation>Teil</translation>
    </message>
</context>
<context>
    <name>spacetape::CredentialStore</name>
    <message>
        <source>No keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). Spacetape keeps working as a guest; to log in, start a keychain service, or pass --cookies for a single run.</source>
        <translation>Kein Schlüsselbund verfügbar (unter Linux läuft kein Secret Service wie GNOME Keyring oder KWallet). Spacetape arbeitet als Gast weiter; um sich anzumelden, starten Sie einen Schlüsselbund-Dienst oder geben Sie --cookies für einen einzelnen Lauf an.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Spacetape in the keychain prompt to use your login.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie Spacetape in der Abfrage des Schlüsselbunds, Ihre Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked): unlock it and try again. (%1)</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (er ist womöglich gesperrt): Entsperren Sie ihn und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored login: %1</source>
        <translation>Der Schlüsselbund konnte die gespeicherte Anmeldung nicht löschen: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot store this login: %1</source>
        <translation>Diese Anmeldung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The login stored in the keychain is damaged; log in again to replace it.</source>
        <translation>Die im Schlüsselbund gespeicherte Anmeldung ist beschädigt; melden Sie sich erneut an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The keychain gave back something other than what was just stored in it.</source>
        <translation>Der Schlüsselbund gab etwas anderes zurück als das, was gerade darin gespeichert wurde.</translation>
    </message>
    <message>
        <source>The keychain could not delete its test entry &quot;%1&quot;: %2</source>
        <translation>Der Schlüsselbund konnte seinen Testeintrag „%1“ nicht löschen: %2</translation>
    </message>
</context>
<context>
    <name>spacetape::DetailsPane</name>
    <message>
        <source>Select a Space in the queue to see its details.</source>
        <translation>Wählen Sie einen Space in der Warteschlange, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorhören</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Host&apos;s picture</source>
        <translation>Bild des Hosts</translation>
    </message>
    <message>
        <source>Open the Space on X</source>
        <translation>Den Space auf X öffnen</translation>
    </message>
    <message>
        <source>Listen to this Space; chunks are fetched as needed and reused when you save it</source>
        <translation>Diesen Space anhören; Teile werden nach Bedarf geladen und beim Speichern wiederverwendet</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>geplant für %1</translation>
    </message>
    <message>
        <source>%1 recorded so far</source>
        <translation>bisher %1 aufgenommen</translation>
    </message>
    <message numerus="yes">
        <source> — %n chunk(s) missing</source>
        <translation>
            <numerusform> — %n Teil fehlt</numerusform>
            <numerusform> — %n Teile fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Tags bearbeiten…</translation>
    </message>
    <message>
        <source>Change the title, artist, date, comment or cover of the saved file</source>
        <translation>Titel, Interpret, Datum, Kommentar oder Cover der gespeicherten Datei ändern</translation>
    </message>
</context>
<context>
    <name>spacetape::DownloadJob</name>
    <message>
        <source>The chunks already saved are kept: retry later, or allow gaps to save the rest.</source>
        <translation>Die bereits gespeicherten Teile bleiben erhalten: Versuchen Sie es später erneut oder erlauben Sie Lücken, um den Rest zu speichern.</translation>
    </message>
    <message>
        <source>The download stopped.</source>
        <translation>Der Download wurde gestoppt.</translation>
    </message>
    <message>
        <source>Saved with gaps: %1 of %2 chunks could not be downloaded (sequence %3; at %4).</source>
        <translation>Mit Lücken gespeichert: %1 von %2 Teilen konnten nicht heruntergeladen werden (Sequenz %3; bei %4).</translation>
    </message>
    <message>
        <source>The playlist holds %1 of audio but the Space lasted %2; if it ended recently the replay may still be processing.</source>
        <translation>Die Playlist enthält %1 Audio, aber der Space dauerte %2; wenn er erst vor Kurzem endete, wird die Aufzeichnung womöglich noch verarbeitet.</translation>
    </message>
    <message>
        <source>%1 of %2 chunks are not beside the playlist (sequence %3).</source>
        <translation>%1 von %2 Teilen liegen nicht neben der Playlist (Sequenz %3).</translation>
    </message>
    <message>
        <source>Skipped %1 stray bytes in %2 chunks (not audio).</source>
        <translation>%1 überzählige Bytes in %2 Teilen übersprungen (kein Audio).</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>Abgebrochen; die bereits heruntergeladenen Teile bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>spacetape::DownloadQueue</name>
    <message>
        <source>Could not save the download queue to %1: %2. The queue keeps working but will not survive a restart; check that the folder is writable and the disk has free space.</source>
        <translation>Die Download-Warteschlange konnte nicht in %1 gespeichert werden: %2. Die Warteschlange funktioniert weiter, übersteht aber keinen Neustart; prüfen Sie, ob der Ordner beschreibbar ist und der Datenträger freien Platz hat.</translation>
    </message>
    <message>
        <source>Interrupted — resume to continue</source>
        <translation>Unterbrochen – setzen Sie den Download fort, um weiterzumachen</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>Abgebrochen; die bereits heruntergeladenen Teile bleiben erhalten.</translation>
    </message>
    <message>
        <source>The host canceled this Space before it started.</source>
        <translation>Der Host hat diesen Space vor dem Start abgesagt.</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>„%1“ unter %2 gespeichert</translation>
    </message>
    <message>
        <source>Skipped: the file already exists</source>
        <translation>Übersprungen: Die Datei existiert bereits</translation>
    </message>
    <message>
        <source>“%1” was not downloaded: %2 already exists</source>
        <translation>„%1“ wurde nicht heruntergeladen: %2 existiert bereits</translation>
    </message>
    <message>
        <source>Saved with %1 chunks missing</source>
        <translation>Gespeichert, %1 Teile fehlen</translation>
    </message>
</context>
<context>
    <name>spacetape::EditTagsDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>C&amp;hoose Image…</source>
        <translation>Bild &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove Cover</source>
        <translation>Cover &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Interpret</translation>
    </message>
    <message>
        <source>Shown as the artist by players; Spacetape puts the host here</source>
        <translation>Wird von Playern als Interpret angezeigt; Spacetape trägt hier den Host ein</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Hat ein Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Embed a JPEG or PNG image as the cover</source>
        <translation>Ein JPEG- oder PNG-Bild als Cover einbetten</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>&amp;Interpret:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>Cover:</translation>
    </message>
    <message>
        <source>Reading the tags…</source>
        <translation>Tags werden gelesen…</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>Kein Cover</translation>
    </message>
    <message>
        <source>Choose a Cover Image</source>
        <translation>Cover-Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; pick a smaller image for the cover.</source>
        <translation>„%1“ ist größer als %2 MB; wählen Sie ein kleineres Bild für das Cover.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Spacetape can read; pick a JPEG or PNG file.</source>
        <translation>„%1“ ist kein Bild, das Spacetape lesen kann; wählen Sie eine JPEG- oder PNG-Datei.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>spacetape::HostWatcher</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Watching hosts needs an X login: X only tells logged-in users who is live. Log in (Account → Log In…, or spacetape-cli login --cookies FILE); everything else keeps working as a guest.</source>
        <translation>Das Beobachten von Hosts erfordert eine X-Anmeldung: X verrät nur angemeldeten Benutzern, wer live ist. Melden Sie sich an (Konto → Anmelden… oder spacetape-cli login --cookies FILE); alles andere funktioniert weiter als Gast.</translation>
    </message>
    <message>
        <source>“%1” is not an X handle or profile link: a handle is 1 to 15 letters, digits or underscores, like @name or https://x.com/name.</source>
        <translation>„%1“ ist weder ein X-Handle noch ein Profil-Link: Ein Handle besteht aus 1 bis 15 Buchstaben, Ziffern oder Unterstrichen, etwa @name oder https://x.com/name.</translation>
    </message>
    <message>
        <source>“%1” is a Space link, not a profile: to watch its host, give the host&apos;s @handle or profile link.</source>
        <translation>„%1“ ist ein Space-Link, kein Profil: Um seinen Host zu beobachten, geben Sie das @Handle oder den Profil-Link des Hosts an.</translation>
    </message>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 wird bereits beobachtet.</translation>
    </message>
</context>
<context>
    <name>spacetape::LinkBar</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Paste Space links here (x.com/i/spaces/…), several at once</source>
        <translation>Space-Links hier einfügen (x.com/i/spaces/…), auch mehrere auf einmal</translation>
    </message>
    <message>
        <source>Space links or IDs, separated by spaces or new lines. Enter adds them.</source>
        <translation>Space-Links oder IDs, getrennt durch Leerzeichen oder Zeilenumbrüche. Enter fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Space links</source>
        <translation>Space-Links</translation>
    </message>
    <message>
        <source>Add the links to the queue (Enter)</source>
        <translation>Die Links zur Warteschlange hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Problem with the links</source>
        <translation>Problem mit den Links</translation>
    </message>
</context>
<context>
    <name>spacetape::LiveCapture</name>
    <message>
        <source>Could not create the chunk cache folder %1.</source>
        <translation>Der Cache-Ordner für Teile %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>playlist</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>The live stream has been gone for %1 while X still calls the Space live; saving what was recorded.</source>
        <translation>Der Live-Stream ist seit %1 weg, obwohl X den Space noch als live führt; das bisher Aufgenommene wird gespeichert.</translation>
    </message>
    <message>
        <source>The host&apos;s stream is gone but X still calls the Space live: waiting for it to come back (%1 s at most)</source>
        <translation>Der Stream des Hosts ist weg, aber X führt den Space noch als live: Es wird gewartet, bis er zurückkommt (höchstens %1 s)</translation>
    </message>
    <message>
        <source>X keeps no replay of this Space: saving what was recorded live.</source>
        <translation>X bewahrt keine Aufzeichnung dieses Space auf: Das live Aufgenommene wird gespeichert.</translation>
    </message>
    <message>
        <source>X did not publish the complete replay playlist within %1: saving what was recorded live.</source>
        <translation>X hat die vollständige Playlist der Aufzeichnung nicht innerhalb von %1 veröffentlicht: Das live Aufgenommene wird gespeichert.</translation>
    </message>
    <message>
        <source>The Space ended; waiting for X to publish its complete playlist (giving up in %1 s)</source>
        <translation>Der Space ist beendet; es wird gewartet, bis X seine vollständige Playlist veröffentlicht (Abbruch in %1 s)</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>Die Aufnahme wurde gestoppt.</translation>
    </message>
    <message>
        <source>Nothing of this live Space could be recorded.</source>
        <translation>Von diesem Live-Space konnte nichts aufgenommen werden.</translation>
    </message>
    <message>
        <source>The recording holds %1 of audio but the Space lasted %2.</source>
        <translation>Die Aufnahme enthält %1 Audio, aber der Space dauerte %2.</translation>
    </message>
    <message>
        <source>%1 of %2 chunks of the live recording are missing (sequence %3). The chunks already saved are kept: retry later, or allow gaps to save the rest.</source>
        <translation>%1 von %2 Teilen der Live-Aufnahme fehlen (Sequenz %3). Die bereits gespeicherten Teile bleiben erhalten: Versuchen Sie es später erneut oder erlauben Sie Lücken, um den Rest zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>The recording has gaps: %n chunk(s) could not be recorded (sequence %1).</source>
        <translation>
            <numerusform>Die Aufnahme hat Lücken: %n Teil konnte nicht aufgenommen werden (Sequenz %1).</numerusform>
            <numerusform>Die Aufnahme hat Lücken: %n Teile konnten nicht aufgenommen werden (Sequenz %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::MainWindow</name>
    <message>
        <source>Spacetape</source>
        <translation>Spacetape</translation>
    </message>
    <message>
        <source>Downloads in the queue by state, and the total download speed</source>
        <translation>Downloads in der Warteschlange nach Status und die gesamte Download-Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Add Links from File…</source>
        <translation>Links aus &amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add the Space links listed in a text file</source>
        <translation>Die Space-Links aus einer Textdatei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>Links &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the Space links on the clipboard</source>
        <translation>Die Space-Links aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Output folder, file names, limits, network and notifications</source>
        <translation>Zielordner, Dateinamen, Grenzen, Netzwerk und Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Use your X login for Spaces that need one</source>
        <translation>Ihre X-Anmeldung für Spaces verwenden, die eine brauchen</translation>
    </message>
    <message>
        <source>&amp;Watched Hosts…</source>
        <translation>&amp;Beobachtete Hosts…</translation>
    </message>
    <message>
        <source>Record every Space these hosts start, from its first second</source>
        <translation>Jeden Space dieser Hosts aufnehmen, ab der ersten Sekunde</translation>
    </message>
    <message>
        <source>&amp;About Spacetape</source>
        <translation>&amp;Über Spacetape</translation>
    </message>
    <message>
        <source>Version and licenses</source>
        <translation>Version und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Spacetape</source>
        <translation>Spacetape beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Spaces at once</source>
        <translation>Spaces gleichzeitig</translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; changes apply at once</source>
        <translation>Wie viele Spaces gleichzeitig geladen werden; Änderungen gelten sofort</translation>
    </message>
    <message>
        <source>Spaces at &amp;once:</source>
        <translation>Spaces &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>The clipboard holds no links.</source>
        <translation>Die Zwischenablage enthält keine Links.</translation>
    </message>
    <message>
        <source>Only .txt files with one link per line can be dropped; other files are ignored.</source>
        <translation>Nur .txt-Dateien mit einem Link pro Zeile können abgelegt werden; andere Dateien werden ignoriert.</translation>
    </message>
    <message>
        <source>Added %1 Space</source>
        <translation>%1 Space hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 Spaces</source>
        <translation>%1 Spaces hinzugefügt</translation>
    </message>
    <message>
        <source>%1 already in the queue</source>
        <translation>%1 schon in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 ignoriert</translation>
    </message>
    <message>
        <source>Add Links from File</source>
        <translation>Links aus Datei hinzufügen</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 downloading</source>
        <translation>%1 im Download</translation>
    </message>
    <message>
        <source>%1 recording live</source>
        <translation>%1 live in Aufnahme</translation>
    </message>
    <message>
        <source>%1 scheduled</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation>&amp;Verbindung prüfen…</translation>
    </message>
</context>
<context>
    <name>spacetape::PlayerBar</name>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation>15 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 15 Seconds</source>
        <translation>15 Sekunden vor</translation>
    </message>
    <message>
        <source>Play or pause the preview (Space)</source>
        <translation>Vorhören abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Back 15 seconds (Left)</source>
        <translation>15 Sekunden zurück (Links)</translation>
    </message>
    <message>
        <source>Forward 15 seconds (Right)</source>
        <translation>15 Sekunden vor (Rechts)</translation>
    </message>
    <message>
        <source>Position in the Space</source>
        <translation>Position im Space</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Save this Space: queue it, or move it to the top of the queue</source>
        <translation>Diesen Space speichern: in die Warteschlange stellen oder an ihren Anfang verschieben</translation>
    </message>
    <message>
        <source>Jump to what is being said now</source>
        <translation>Zu dem springen, was gerade gesagt wird</translation>
    </message>
    <message>
        <source>Jump to the live edge</source>
        <translation>Zum Live-Rand springen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>Clip speichern</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>Anfang markieren</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>Ende markieren</translation>
    </message>
    <message>
        <source>Mark the clip&apos;s start here</source>
        <translation>Den Anfang des Clips hier markieren</translation>
    </message>
    <message>
        <source>Start the clip at the current position (I)</source>
        <translation>Den Clip an der aktuellen Position beginnen (I)</translation>
    </message>
    <message>
        <source>Mark the clip&apos;s end here</source>
        <translation>Das Ende des Clips hier markieren</translation>
    </message>
    <message>
        <source>End the clip at the current position (O)</source>
        <translation>Den Clip an der aktuellen Position beenden (O)</translation>
    </message>
    <message>
        <source>Save the marked clip</source>
        <translation>Den markierten Clip speichern</translation>
    </message>
    <message>
        <source>Save only the part between In and Out; only the chunks it needs are downloaded</source>
        <translation>Nur den Abschnitt zwischen Anfang und Ende speichern; nur die dafür nötigen Teile werden heruntergeladen</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Anfang %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>Ende %1</translation>
    </message>
</context>
<context>
    <name>spacetape::PlaylistLoader</name>
    <message>
        <source>Could not read the playlist %1: it is not a regular file.</source>
        <translation>Die Playlist %1 konnte nicht gelesen werden: Sie ist keine normale Datei.</translation>
    </message>
    <message>
        <source>Could not read the playlist %1: %2.</source>
        <translation>Die Playlist %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The playlist %1 is larger than %2 MiB (limit kMaxPlaylistBytes); it is refused.</source>
        <translation>Die Playlist %1 ist größer als %2 MiB (Grenze kMaxPlaylistBytes) und wird abgelehnt.</translation>
    </message>
    <message>
        <source>The playlist address “%1” is not an http(s) address.</source>
        <translation>Die Playlist-Adresse „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>playlist</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Playlist</translation>
    </message>
    <message>
        <source>Could not download the playlist: %1.</source>
        <translation>Die Playlist konnte nicht heruntergeladen werden: %1.</translation>
    </message>
    <message>
        <source>The replay is not ready yet (the Space just ended) — next try in %1 s, giving up in %2 s</source>
        <translation>Die Aufzeichnung ist noch nicht bereit (der Space ist gerade zu Ende) – nächster Versuch in %1 s, Abbruch in %2 s</translation>
    </message>
    <message>
        <source>Could not download the playlist: the server&apos;s TLS certificate was refused (%1). The connection is not safe; check the computer&apos;s date and any proxy or antivirus that inspects HTTPS.</source>
        <translation>Die Playlist konnte nicht heruntergeladen werden: Das TLS-Zertifikat des Servers wurde abgelehnt (%1). Die Verbindung ist nicht sicher; prüfen Sie das Datum des Computers sowie Proxys oder Virenschutzprogramme, die HTTPS untersuchen.</translation>
    </message>
    <message>
        <source>Could not download the playlist (%1). The link may have expired: resolve the Space again, or check your connection.</source>
        <translation>Die Playlist konnte nicht heruntergeladen werden (%1). Der Link ist womöglich abgelaufen: Schlagen Sie den Space erneut nach oder prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The playlist lists no audio chunks; if the Space just ended, try again in a few minutes.</source>
        <translation>Die Playlist enthält keine Audioteile; wenn der Space gerade zu Ende ist, versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>This Space is encrypted with %1, which Spacetape cannot decrypt yet.</source>
        <translation>Dieser Space ist mit %1 verschlüsselt, was Spacetape noch nicht entschlüsseln kann.</translation>
    </message>
    <message>
        <source>Could not get this encrypted Space&apos;s key (%1). It is for subscribers: log in with an account that can listen to it.</source>
        <translation>Der Schlüssel dieses verschlüsselten Space konnte nicht abgerufen werden (%1). Er ist für Abonnenten: Melden Sie sich mit einem Konto an, das ihn anhören darf.</translation>
    </message>
    <message>
        <source>%1 bytes instead of 16</source>
        <translation>%1 Bytes statt 16</translation>
    </message>
    <message>
        <source>the key is not a regular file</source>
        <translation>der Schlüssel ist keine normale Datei</translation>
    </message>
    <message>
        <source>key</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>the key server redirected to another host, which is never sent the login</source>
        <translation>der Schlüsselserver leitete auf einen anderen Host um, an den die Anmeldung nie gesendet wird</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1) and asked to wait — next try in %2 s</source>
        <translation>Der Server ist ausgelastet (HTTP %1) und bittet zu warten – nächster Versuch in %2 s</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewController</name>
    <message>
        <source>This window cannot reach X to look up the Space, so only saved Spaces can be played.</source>
        <translation>Dieses Fenster kann X nicht erreichen, um den Space nachzuschlagen, daher können nur gespeicherte Spaces abgespielt werden.</translation>
    </message>
    <message>
        <source>Looking up the Space…</source>
        <translation>Space wird gesucht…</translation>
    </message>
    <message>
        <source>The Space cannot be previewed: %1</source>
        <translation>Der Space kann nicht vorgehört werden: %1</translation>
    </message>
    <message>
        <source>This window has no network connection set up.</source>
        <translation>Für dieses Fenster ist keine Netzwerkverbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Loading the playlist…</source>
        <translation>Playlist wird geladen…</translation>
    </message>
    <message>
        <source>“%1” is at the top of the queue.</source>
        <translation>„%1“ steht am Anfang der Warteschlange.</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewPlayer</name>
    <message>
        <source>The saved file %1 is gone: it was moved or deleted.</source>
        <translation>Die gespeicherte Datei %1 ist weg: Sie wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The audio could not be played: %1</source>
        <translation>Der Ton konnte nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewSession</name>
    <message>
        <source>The playlist lists no audio chunks to preview.</source>
        <translation>Die Playlist enthält keine Audioteile zum Vorhören.</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewStream</name>
    <message>
        <source>Chunk %1 (at %2) was left out of the preview: %3</source>
        <translation>Teil %1 (bei %2) wurde beim Vorhören ausgelassen: %3</translation>
    </message>
    <message>
        <source>it could not be downloaded: %1</source>
        <translation>er konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>er konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>Teil %1</translation>
    </message>
</context>
<context>
    <name>spacetape::QueueModel</name>
    <message>
        <source>Scheduled for %1; Spacetape records it from its first second.</source>
        <translation>Geplant für %1; Spacetape nimmt ihn ab der ersten Sekunde auf.</translation>
    </message>
    <message>
        <source>%1 of %2 chunks</source>
        <translation>%1 von %2 Teilen</translation>
    </message>
    <message>
        <source>should have started %1 ago</source>
        <translation>hätte vor %1 beginnen sollen</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Scheduled (no start time announced)</source>
        <translation>Geplant (keine Startzeit angekündigt)</translation>
    </message>
    <message>
        <source>Recording live · %1 · catching up</source>
        <translation>Live-Aufnahme · %1 · holt auf</translation>
    </message>
    <message>
        <source>Recording live · %1</source>
        <translation>Live-Aufnahme · %1</translation>
    </message>
    <message>
        <source>Host disconnected · still recording</source>
        <translation>Host getrennt · Aufnahme läuft weiter</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation>Wird abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Canceled by the host</source>
        <translation>Vom Host abgesagt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Size of the saved file, or downloaded so far</source>
        <translation>Größe der gespeicherten Datei oder bisher heruntergeladen</translation>
    </message>
    <message>
        <source>Length of the Space</source>
        <translation>Länge des Space</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>Geschätzte Restzeit</translation>
    </message>
    <message>
        <source>When the Space was added to the queue</source>
        <translation>Wann der Space zur Warteschlange hinzugefügt wurde</translation>
    </message>
    <message>
        <source>Click to sort; click a third time for queue order</source>
        <translation>Zum Sortieren klicken; ein drittes Mal für die Reihenfolge der Warteschlange</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Wird aufgelöst</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>RateLimited</source>
        <translation>Gebremst</translation>
    </message>
    <message>
        <source>Muxing</source>
        <translation>Wird zusammengefügt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Geplant: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::QueueView</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected downloads now</source>
        <translation>Die ausgewählten Downloads jetzt starten</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the selected downloads</source>
        <translation>Die ausgewählten Downloads pausieren</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation>Die ausgewählten Downloads fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop the selected downloads (chunks on disk are kept for a retry)</source>
        <translation>Die ausgewählten Downloads stoppen (Teile auf der Festplatte bleiben für einen neuen Versuch erhalten)</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Try the selected failed or canceled downloads again (the stream is looked up afresh)</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Downloads erneut versuchen (der Stream wird neu gesucht)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the queue</source>
        <translation>Die ausgewählten Downloads aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the saved file with the default player</source>
        <translation>Die gespeicherte Datei mit dem Standard-Player öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the folder holding the saved file</source>
        <translation>Den Ordner mit der gespeicherten Datei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy the links of the selected Spaces</source>
        <translation>Die Links der ausgewählten Spaces kopieren</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorhören</translation>
    </message>
    <message>
        <source>Listen to the selected Space before saving it (saved ones play from the file)</source>
        <translation>Den ausgewählten Space vor dem Speichern anhören (gespeicherte werden aus der Datei abgespielt)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>An den &amp;Anfang</translation>
    </message>
    <message>
        <source>Move to the top of the queue (downloads next)</source>
        <translation>An den Anfang der Warteschlange (wird als Nächstes geladen)</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>An das &amp;Ende</translation>
    </message>
    <message>
        <source>Move to the bottom of the queue</source>
        <translation>An das Ende der Warteschlange</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation>Download-Warteschlange</translation>
    </message>
    <message>
        <source>Scheduled: starts in 2 h 10 min</source>
        <translation>Geplant: beginnt in 2 Std. 10 Min.</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>Downloads entfernen</translation>
    </message>
    <message>
        <source>Remove %1 download from the queue?</source>
        <translation>%1 Download aus der Warteschlange entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the queue?</source>
        <translation>%1 Downloads aus der Warteschlange entfernen?</translation>
    </message>
    <message>
        <source>Downloads that are not finished are stopped.</source>
        <translation>Nicht abgeschlossene Downloads werden gestoppt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Also &amp;delete the saved files</source>
        <translation>Auch die gespeicherten Dateien &amp;löschen</translation>
    </message>
    <message>
        <source>Removed %1 download</source>
        <translation>%1 Download entfernt</translation>
    </message>
    <message>
        <source>Removed %1 downloads</source>
        <translation>%1 Downloads entfernt</translation>
    </message>
    <message>
        <source>Could not open %1: no application is set up for .m4a files.</source>
        <translation>%1 konnte nicht geöffnet werden: Für .m4a-Dateien ist keine Anwendung eingerichtet.</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Copied %1 link</source>
        <translation>%1 Link kopiert</translation>
    </message>
    <message>
        <source>Copied %1 links</source>
        <translation>%1 Links kopiert</translation>
    </message>
</context>
<context>
    <name>spacetape::ScheduledSpaceWaiter</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The “%1” was scheduled for %2 but did not start within %3; stopped waiting. Retry to wait again.</source>
        <translation>Der Space „%1“ war für %2 geplant, hat aber nicht innerhalb von %3 begonnen; das Warten wurde beendet. Mit „Wiederholen“ warten Sie erneut.</translation>
    </message>
    <message>
        <source>The Space %1 was scheduled for %2 but did not start within %3; stopped waiting. Retry to wait again.</source>
        <translation>Der Space %1 war für %2 geplant, hat aber nicht innerhalb von %3 begonnen; das Warten wurde beendet. Mit „Wiederholen“ warten Sie erneut.</translation>
    </message>
    <message>
        <source>The “%1” did not start within %2; stopped waiting. Retry to wait again.</source>
        <translation>Der Space „%1“ hat nicht innerhalb von %2 begonnen; das Warten wurde beendet. Mit „Wiederholen“ warten Sie erneut.</translation>
    </message>
    <message>
        <source>The Space %1 did not start within %2; stopped waiting. Retry to wait again.</source>
        <translation>Der Space %1 hat nicht innerhalb von %2 begonnen; das Warten wurde beendet. Mit „Wiederholen“ warten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>spacetape::SectionJob</name>
    <message>
        <source>Could not create the chunk cache folder %1.</source>
        <translation>Der Cache-Ordner für Teile %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 chunks of this section could not be downloaded (sequence %2); the chunks already saved are kept: try again later.</source>
        <translation>%1 Teile dieses Abschnitts konnten nicht heruntergeladen werden (Sequenz %2); die bereits gespeicherten Teile bleiben erhalten: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The audio format changes at chunk %1; Spacetape cannot join these into one file.</source>
        <translation>Das Audioformat ändert sich bei Teil %1; Spacetape kann diese nicht zu einer Datei zusammenfügen.</translation>
    </message>
    <message>
        <source>Could not create the output folder %1.</source>
        <translation>Der Zielordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>Abgebrochen; die bereits heruntergeladenen Teile bleiben erhalten.</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>Teil %1</translation>
    </message>
</context>
<context>
    <name>spacetape::SegmentFetcher</name>
    <message>
        <source>No folder was set to keep the downloaded chunks in.</source>
        <translation>Es wurde kein Ordner für die heruntergeladenen Teile festgelegt.</translation>
    </message>
    <message>
        <source>Could not create the chunk folder %1. Check that the disk is writable and has free space.</source>
        <translation>Der Teile-Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der Datenträger beschreibbar ist und freien Platz hat.</translation>
    </message>
    <message>
        <source>The download was cancelled; %1 of %2 chunks were saved and will not be downloaded again.</source>
        <translation>Der Download wurde abgebrochen; %1 von %2 Teilen wurden gespeichert und werden nicht erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Could not write to the chunk folder %1: %2. Check that the disk is writable and has free space.</source>
        <translation>In den Teile-Ordner %1 konnte nicht geschrieben werden: %2. Prüfen Sie, ob der Datenträger beschreibbar ist und freien Platz hat.</translation>
    </message>
    <message>
        <source>Could not save chunk %1 in %2: %3. Free some disk space and try again.</source>
        <translation>Teil %1 konnte nicht in %2 gespeichert werden: %3. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the server took longer than %1 s</source>
        <translation>der Server brauchte länger als %1 s</translation>
    </message>
    <message>
        <source>the server sent %1 bytes but announced %2</source>
        <translation>der Server sandte %1 Bytes, kündigte aber %2 an</translation>
    </message>
    <message>
        <source>the server sent an empty chunk</source>
        <translation>der Server sandte einen leeren Teil</translation>
    </message>
    <message>
        <source>Could not save chunk %1 as %2. Check that the disk is writable.</source>
        <translation>Teil %1 konnte nicht als %2 gespeichert werden. Prüfen Sie, ob der Datenträger beschreibbar ist.</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>die Verbindung brach nach %1 Bytes ab (%2)</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>seit %1 s kamen keine Daten an</translation>
    </message>
    <message>
        <source>%1 of %2 chunks could not be downloaded (sequence %3): %4. If X has not finished publishing the replay, try again in a few minutes; otherwise these parts of the recording are missing on X&apos;s side.</source>
        <translation>%1 von %2 Teilen konnten nicht heruntergeladen werden (Sequenz %3): %4. Wenn X die Aufzeichnung noch nicht fertig veröffentlicht hat, versuchen Sie es in ein paar Minuten erneut; sonst fehlen diese Teile der Aufnahme bei X selbst.</translation>
    </message>
    <message>
        <source>its address is not an http(s) address</source>
        <translation>seine Adresse ist keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes it announced</source>
        <translation>der Server sandte mehr als die angekündigten %1 Bytes</translation>
    </message>
    <message>
        <source>the chunk is larger than %1 MiB, far more than a real one, so Spacetape stopped downloading it; the server may be faulty: try again later</source>
        <translation>der Teil ist größer als %1 MiB, weit mehr als ein echter, daher hat Spacetape den Download abgebrochen; der Server ist womöglich fehlerhaft: Versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>spacetape::SettingsDialog</name>
    <message>
        <source>Spacetape Settings</source>
        <translation>Spacetape-Einstellungen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The folder finished Spaces are saved in.</source>
        <translation>Der Ordner, in dem fertige Spaces gespeichert werden.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>How saved files are named. Use “/” to sort Spaces into folders, e.g. {host}/{date} {title}.</source>
        <translation>Wie gespeicherte Dateien heißen. Mit „/“ sortieren Sie Spaces in Ordner, z. B. {host}/{date} {title}.</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>Insert %1: %2</source>
        <translation>%1 einfügen: %2</translation>
    </message>
    <message>
        <source>The name a Space titled “%1” would get.</source>
        <translation>Der Name, den ein Space mit dem Titel „%1“ bekäme.</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Keep both: save as “name (2)”</source>
        <translation>Beide behalten: als „Name (2)“ speichern</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Die vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>Skip the download</source>
        <translation>Den Download überspringen</translation>
    </message>
    <message>
        <source>If the file &amp;exists:</source>
        <translation>Wenn die Datei &amp;existiert:</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; the rest wait.</source>
        <translation>Wie viele Spaces gleichzeitig geladen werden; die übrigen warten.</translation>
    </message>
    <message>
        <source>&amp;Spaces at once:</source>
        <translation>&amp;Spaces gleichzeitig:</translation>
    </message>
    <message>
        <source>Parallel requests per Space. More is faster on a good connection; lower it if the server starts refusing.</source>
        <translation>Parallele Anfragen pro Space. Mehr ist bei guter Verbindung schneller; verringern Sie den Wert, wenn der Server Anfragen ablehnt.</translation>
    </message>
    <message>
        <source>&amp;Chunks in flight per Space:</source>
        <translation>&amp;Teile gleichzeitig pro Space:</translation>
    </message>
    <message>
        <source>Use the system settings</source>
        <translation>Systemeinstellungen verwenden</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>e.g. proxy.example.org:3128 or socks5://127.0.0.1:9050</source>
        <translation>z. B. proxy.example.org:3128 oder socks5://127.0.0.1:9050</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only when the window is in the background</source>
        <translation>Nur wenn das Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When to show a notification as a download finishes or fails.</source>
        <translation>Wann eine Benachrichtigung erscheint, wenn ein Download fertig wird oder fehlschlägt.</translation>
    </message>
    <message>
        <source>N&amp;otify:</source>
        <translation>&amp;Benachrichtigen:</translation>
    </message>
    <message>
        <source>Closing the window keeps Spacetape running in the &amp;tray</source>
        <translation>Beim Schließen des Fensters läuft Spacetape im &amp;Infobereich weiter</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard for Space links (never starts a download)</source>
        <translation>Die &amp;Zwischenablage auf Space-Links überwachen (startet nie einen Download)</translation>
    </message>
    <message>
        <source>&amp;Ask before adding a copied link</source>
        <translation>Vor dem Hinzufügen eines kopierten Links &amp;fragen</translation>
    </message>
    <message>
        <source>Otherwise a copied link only fills the link bar.</source>
        <translation>Sonst füllt ein kopierter Link nur die Linkleiste.</translation>
    </message>
    <message>
        <source>Save Spaces in</source>
        <translation>Spaces speichern in</translation>
    </message>
    <message>
        <source>&amp;Keep speakers and chat: chapters in the file, chat and captions beside it</source>
        <translation>Sprecher und &amp;Chat behalten: Kapitel in der Datei, Chat und Untertitel daneben</translation>
    </message>
    <message>
        <source>Saves NAME.space.json (who spoke when, the chat) and NAME.vtt (chat and captions as subtitles) next to each Space.</source>
        <translation>Speichert neben jedem Space NAME.space.json (wer wann sprach, der Chat) und NAME.vtt (Chat und Untertitel als Untertiteldatei).</translation>
    </message>
</context>
<context>
    <name>spacetape::SleepInhibitor</name>
    <message>
        <source>Downloading X Spaces</source>
        <translation>X Spaces werden geladen</translation>
    </message>
</context>
<context>
    <name>spacetape::SpaceRequestBuilder</name>
    <message>
        <source>X Space hosted by %1 (@%2).</source>
        <translation>X-Space, gehostet von %1 (@%2).</translation>
    </message>
    <message>
        <source>X Space hosted by %1 (@%2). Speakers: %3.</source>
        <translation>X-Space, gehostet von %1 (@%2). Sprecher: %3.</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>cover picture</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Cover-Bild</translation>
    </message>
</context>
<context>
    <name>spacetape::TrayIcon</name>
    <message>
        <source>Show Spacetape</source>
        <translation>Spacetape zeigen</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n Download läuft</numerusform>
            <numerusform>%n Downloads laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1 % fertig</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>Hide Spacetape</source>
        <translation>Spacetape ausblenden</translation>
    </message>
</context>
<context>
    <name>spacetape::UiResources</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>spacetape::WatchedHostsDialog</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watched Hosts</source>
        <translation>Beobachtete Hosts</translation>
    </message>
    <message>
        <source>Spacetape checks these hosts about once a minute. When one goes live, the Space is queued and recorded from its first second, even if you are away.</source>
        <translation>Spacetape prüft diese Hosts etwa einmal pro Minute. Geht einer live, wird der Space in die Warteschlange gestellt und ab der ersten Sekunde aufgenommen, auch wenn Sie nicht da sind.</translation>
    </message>
    <message>
        <source>@handle, profile link or user ID</source>
        <translation>@Handle, Profil-Link oder Benutzer-ID</translation>
    </message>
    <message>
        <source>Host to watch</source>
        <translation>Zu beobachtender Host</translation>
    </message>
    <message>
        <source>Watched hosts</source>
        <translation>Beobachtete Hosts</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Last Space found</source>
        <translation>Zuletzt gefundener Space</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User ID not looked up yet</source>
        <translation>Benutzer-ID noch nicht gesucht</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation>Wartet auf eine Anmeldung</translation>
    </message>
</context>
<context>
    <name>spacetape::XApiClient</name>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited; it resets in %1).</source>
        <translation>X lehnt vorerst neue Gastsitzungen ab (HTTP 429, Anfragelimit; es wird in %1 zurückgesetzt).</translation>
    </message>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited; it resets in %1, at %2). Log in with your X cookies, or try again then.</source>
        <translation>X lehnt vorerst neue Gastsitzungen ab (HTTP 429, Anfragelimit; es wird in %1 zurückgesetzt, um %2). Melden Sie sich mit Ihren X-Cookies an oder versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited) and asks to wait %1, until %2 — longer than Spacetape waits (%3). Log in with your X cookies, or try again after %2.</source>
        <translation>X lehnt vorerst neue Gastsitzungen ab (HTTP 429, Anfragelimit) und bittet, %1 zu warten, bis %2 — länger, als Spacetape wartet (%3). Melden Sie sich mit Ihren X-Cookies an oder versuchen Sie es nach %2 erneut.</translation>
    </message>
    <message>
        <source>X limits new guest sessions</source>
        <translation>X begrenzt neue Gastsitzungen</translation>
    </message>
    <message>
        <source>X refused a guest session (HTTP %1%2). Log in with your X cookies, or try again later.</source>
        <translation>X hat eine Gastsitzung abgelehnt (HTTP %1%2). Melden Sie sich mit Ihren X-Cookies an oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent (HTTP %1) and resets in %2, at %3 — longer than Spacetape waits (%4). Try again then%5.</source>
        <translation>Das Anfragelimit von X ist ausgeschöpft (HTTP %1) und wird in %2 zurückgesetzt, um %3 — länger, als Spacetape wartet (%4). Versuchen Sie es dann erneut%5.</translation>
    </message>
    <message>
        <source>, or log in with your X cookies</source>
        <translation>, oder melden Sie sich mit Ihren X-Cookies an</translation>
    </message>
    <message>
        <source>Rate limited by X</source>
        <translation>Von X gebremst</translation>
    </message>
    <message>
        <source>X refused its guest tokens even after a fresh one (HTTP 403, code 239). Log in with your X cookies, or try again later.</source>
        <translation>X hat seine Gast-Tokens selbst nach einem neuen abgelehnt (HTTP 403, Code 239). Melden Sie sich mit Ihren X-Cookies an oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>X gives this Space&apos;s audio stream to logged-in listeners only (HTTP 403). Log in with your X cookies and try again.</source>
        <translation>X gibt den Audio-Stream dieses Space nur an angemeldete Zuhörer heraus (HTTP 403). Melden Sie sich mit Ihren X-Cookies an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>X&apos;s rate limit for %1 is spent (HTTP %2); it resets in %3.</source>
        <translation>Das Anfragelimit von X für %1 ist ausgeschöpft (HTTP %2); es wird in %3 zurückgesetzt.</translation>
    </message>
    <message>
        <source>X answered HTTP %1 to %2.</source>
        <translation>X antwortete auf %2 mit HTTP %1.</translation>
    </message>
    <message>
        <source>answer from X</source>
        <translation>Antwort von X</translation>
    </message>
    <message>
        <source>%1 — retrying in %2</source>
        <translation>%1 — neuer Versuch in %2</translation>
    </message>
    <message>
        <source>X did not accept any known way to look up this Space (%1). X may have changed its API: update Spacetape, or try again later.</source>
        <translation>X hat keinen bekannten Weg akzeptiert, diesen Space nachzuschlagen (%1). X hat womöglich seine API geändert: Aktualisieren Sie Spacetape oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Looking for X&apos;s current AudioSpaceById queryId in its web app</source>
        <translation>Die aktuelle AudioSpaceById-queryId von X wird in seiner Web-App gesucht</translation>
    </message>
    <message>
        <source>the web app&apos;s audio module was not found on %1</source>
        <translation>das Audiomodul der Web-App wurde auf %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete mit %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the audio module declares no AudioSpaceById</source>
        <translation>das Audiomodul deklariert kein AudioSpaceById</translation>
    </message>
    <message>
        <source>Discovered queryId %1</source>
        <translation>queryId %1 gefunden</translation>
    </message>
    <message>
        <source>X answered with the details of another Space (“%1” instead of %2); the answer is refused.</source>
        <translation>X antwortete mit den Details eines anderen Space („%1“ statt %2); die Antwort wird zurückgewiesen.</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with queryId %3</source>
        <translation>HTTP %1 (%2) mit queryId %3</translation>
    </message>
    <message>
        <source>X refused access to this Space (HTTP 403): it is private or not available for replay. If your account can listen to it, log in.</source>
        <translation>X hat den Zugriff auf diesen Space verweigert (HTTP 403): Er ist privat oder nicht als Aufzeichnung verfügbar. Wenn Ihr Konto ihn anhören darf, melden Sie sich an.</translation>
    </message>
    <message>
        <source>X refused the request (HTTP 401). Log in with your X cookies and try again.</source>
        <translation>X hat die Anfrage abgelehnt (HTTP 401). Melden Sie sich mit Ihren X-Cookies an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>X answered HTTP %1 for this Space; try again later.</source>
        <translation>X antwortete für diesen Space mit HTTP %1; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>X did not give the Space&apos;s audio stream (HTTP %1). Try again later.</source>
        <translation>X hat den Audio-Stream des Space nicht herausgegeben (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This is a video Space; saving video Spaces is not supported yet.</source>
        <translation>Dies ist ein Video-Space; das Speichern von Video-Spaces wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>the lookup of @%1</source>
        <translation>die Suche nach @%1</translation>
    </message>
    <message>
        <source>X takes at most %1 users per live check, not %2.</source>
        <translation>X nimmt höchstens %1 Benutzer pro Live-Prüfung an, nicht %2.</translation>
    </message>
    <message>
        <source>Checking whether hosts are live needs an X login.</source>
        <translation>Um zu prüfen, ob Hosts live sind, ist eine X-Anmeldung nötig.</translation>
    </message>
    <message>
        <source>X refused your login (HTTP 401) when checking live hosts; log in again.</source>
        <translation>X hat Ihre Anmeldung bei der Prüfung der Live-Hosts abgelehnt (HTTP 401); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the live-hosts check</source>
        <translation>die Live-Prüfung der Hosts</translation>
    </message>
    <message>
        <source>Could not reach X for %1: %2.</source>
        <translation>X war für %1 nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>X answered HTTP %1 to %2: %3.</source>
        <translation>X antwortete auf %2 mit HTTP %1: %3.</translation>
    </message>
    <message>
        <source>Could not reach X to start a guest session: %1. Check your connection or proxy settings.</source>
        <translation>X war nicht erreichbar, um eine Gastsitzung zu starten: %1. Prüfen Sie Ihre Verbindung oder die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>Could not reach X: %1. Check your connection or proxy settings.</source>
        <translation>X war nicht erreichbar: %1. Prüfen Sie Ihre Verbindung oder die Proxy-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>spacetape::extras::ChatClient</name>
    <message>
        <source>X gave no chat token for this Space, so its chat cannot be read.</source>
        <translation>X hat für diesen Space kein Chat-Token geliefert, daher kann sein Chat nicht gelesen werden.</translation>
    </message>
    <message>
        <source>chat service&apos;s answer</source>
        <translation>Antwort des Chat-Dienstes</translation>
    </message>
    <message>
        <source>the chat service could not be reached (%1)</source>
        <translation>der Chat-Dienst war nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the chat service answered HTTP %1</source>
        <translation>der Chat-Dienst antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the chat service answered HTTP %1: “%2”</source>
        <translation>der Chat-Dienst antwortete mit HTTP %1: „%2“</translation>
    </message>
    <message>
        <source>The chat could not be opened: %1.</source>
        <translation>Der Chat konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The chat could not be opened: its answer could not be read (%1).</source>
        <translation>Der Chat konnte nicht geöffnet werden: Die Antwort konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The chat could not be opened: the chat service gave no usable access token.</source>
        <translation>Der Chat konnte nicht geöffnet werden: Der Chat-Dienst lieferte kein brauchbares Zugriffstoken.</translation>
    </message>
    <message>
        <source>The chat could not be opened: the chat service named “%1”, which is not an https address, so it is not used.</source>
        <translation>Der Chat konnte nicht geöffnet werden: Der Chat-Dienst nannte „%1“, was keine https-Adresse ist, daher wird sie nicht verwendet.</translation>
    </message>
    <message>
        <source>The chat could not be read to its end within %1 s (limit kChatHistoryDeadlineMs).</source>
        <translation>Der Chat konnte nicht innerhalb von %1 s bis zum Ende gelesen werden (Grenze kChatHistoryDeadlineMs).</translation>
    </message>
    <message>
        <source>The chat could not be read: %1.</source>
        <translation>Der Chat konnte nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>spacetape::extras::ExtrasRecorder</name>
    <message>
        <source>The chat was not saved completely: %1</source>
        <translation>Der Chat wurde nicht vollständig gespeichert: %1</translation>
    </message>
    <message>
        <source>The speakers and chat were not saved next to the audio: %1</source>
        <translation>Sprecher und Chat wurden nicht neben dem Audio gespeichert: %1</translation>
    </message>
</context>
</TS>
