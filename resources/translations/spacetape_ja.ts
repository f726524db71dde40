<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AudioAssembler</name>
    <message>
        <source>chunk %1</source>
        <translation>チャンク %1</translation>
    </message>
    <message>
        <source>Could not read %1 (%2): %3.</source>
        <translation>%1（%2）を読み込めませんでした: %3。</translation>
    </message>
    <message>
        <source>There is no audio to save: the playlist lists no chunks.</source>
        <translation>保存する音声がありません。プレイリストにチャンクがありません。</translation>
    </message>
    <message>
        <source>The audio format changes at %1: %2 became %3 (since %4). Spacetape cannot join these into one file.</source>
        <translation>%1 で音声形式が変わっています: %2（%4 から）が %3 になりました。Spacetape はこれらを 1 つのファイルに結合できません。</translation>
    </message>
    <message>
        <source>Saving %1 was canceled; no file was written.</source>
        <translation>%1 の保存をキャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>AudioFormat</name>
    <message>
        <source>AAC type %1</source>
        <translation>AAC タイプ %1</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>モノラル</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 チャンネル</translation>
    </message>
</context>
<context>
    <name>ChatParse</name>
    <message>
        <source>asked to speak</source>
        <translation>発言をリクエストしました</translation>
    </message>
    <message>
        <source>is now a speaker</source>
        <translation>スピーカーになりました</translation>
    </message>
    <message>
        <source>was let on stage by the host</source>
        <translation>ホストによってステージに上げられました</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>ミュートになりました</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>ミュートが解除されました</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>参加しました</translation>
    </message>
    <message>
        <source>the chat service&apos;s answer is not the JSON object it should be</source>
        <translation>チャットサービスの応答が、本来の JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>ChunkDecryptor</name>
    <message>
        <source>The key for %1 is not a 16-byte AES-128 key (%2 bytes): the key server sent something else — check your login.</source>
        <translation>%1 の暗号鍵が 16 バイトの AES-128 鍵ではありません（%2 バイト）。鍵サーバーが別のものを送ってきました。ログインを確認してください。</translation>
    </message>
    <message>
        <source>%1 is not AES-128 encrypted data (%2 bytes is not a whole number of blocks); fetch it again.</source>
        <translation>%1 は AES-128 で暗号化されたデータではありません（%2 バイトはブロックの整数倍ではありません）。もう一度取得してください。</translation>
    </message>
    <message>
        <source>%1 could not be decrypted with the Space&apos;s key (wrong key or damaged chunk). Log in again and retry.</source>
        <translation>%1 をスペースの暗号鍵で復号できませんでした（鍵が違うか、チャンクが破損しています）。再度ログインしてから再試行してください。</translation>
    </message>
    <message>
        <source>The IV for %1 is not a 16-byte AES-128 IV (%2 bytes): the playlist&apos;s EXT-X-KEY is damaged — resolve the Space again.</source>
        <translation>%1 の IV が 16 バイトの AES-128 IV ではありません（%2 バイト）。プレイリストの EXT-X-KEY が壊れています。スペースをもう一度検索してください。</translation>
    </message>
</context>
<context>
    <name>ChunkReader</name>
    <message>
        <source>%1 is %2 bytes, far larger than any Space chunk; it is not a chunk of audio</source>
        <translation>%1 は %2 バイトで、スペースのどのチャンクよりもはるかに大きいため、音声のチャンクではありません</translation>
    </message>
    <message>
        <source>%1 holds no AAC audio: the file is empty</source>
        <translation>%1 に AAC 音声がありません: ファイルが空です</translation>
    </message>
    <message>
        <source>%1 holds no AAC audio: %2 bytes of other data</source>
        <translation>%1 に AAC 音声がありません: 音声以外のデータが %2 バイトあります</translation>
    </message>
    <message>
        <source>%1 is truncated: the AAC frame at byte %2 needs %3 bytes but only %4 remain. The download was cut short; fetch the chunk again.</source>
        <translation>%1 は途中で切れています: バイト %2 の AAC フレームには %3 バイト必要ですが、残りは %4 バイトしかありません。ダウンロードが途中で終わりました。チャンクをもう一度取得してください。</translation>
    </message>
    <message>
        <source>%1 changes its audio format inside the chunk: %2, then %3 at byte %4. Spacetape cannot join audio whose format changes.</source>
        <translation>%1 はチャンク内で音声形式が変わっています: %2 から、バイト %4 で %3 に変わりました。Spacetape は形式が変わる音声を結合できません。</translation>
    </message>
    <message>
        <source>%1 has an ADTS frame holding %2 AAC frames (at byte %3); Spacetape does not support more than one raw data block per ADTS frame.</source>
        <translation>%1 に %2 個の AAC フレームを含む ADTS フレームがあります（バイト %3）。Spacetape は 1 つの ADTS フレームに複数の生データブロックがあるものに対応していません。</translation>
    </message>
</context>
<context>
    <name>CliAccount</name>
    <message>
        <source>Store your X login (cookies) in the OS keychain, or show it.</source>
        <translation>X のログイン情報（Cookie）を OS のキーチェーンに保存するか、表示します。</translation>
    </message>
    <message>
        <source>Remove your X login from the OS keychain.</source>
        <translation>X のログイン情報を OS のキーチェーンから削除します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Import the login from FILE: cookies.txt, Cookie-Editor JSON, or a Cookie: header.</source>
        <translation>FILE からログインを読み込みます: cookies.txt、Cookie-Editor の JSON、または Cookie: ヘッダー。</translation>
    </message>
    <message>
        <source>Say whether a login is stored.</source>
        <translation>ログインが保存されているかを表示します。</translation>
    </message>
    <message>
        <source>Logged out: the X login was removed from the keychain.</source>
        <translation>ログアウトしました: X のログインをキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>login needs --cookies FILE (or --status).</source>
        <translation>login には --cookies FILE（または --status）が必要です。</translation>
    </message>
    <message>
        <source>Not logged in: Spacetape uses guest access.</source>
        <translation>ログインしていません: Spacetape はゲストアクセスを使います。</translation>
    </message>
    <message>
        <source>Logged in (saved %1).</source>
        <translation>ログインしています（保存日時: %1）。</translation>
    </message>
    <message>
        <source>Logged in as @%1 (saved %2).</source>
        <translation>@%1 としてログインしています（保存日時: %2）。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Logged in: the X login is stored in the keychain (not in any file).</source>
        <translation>ログインしました: X のログインはキーチェーンに保存されています（ファイルには保存されません）。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Save files into DIR (default: .).</source>
        <translation>ファイルを DIR に保存します（既定: .）。</translation>
    </message>
    <message>
        <source>File name template, e.g. &quot;{date} {host} - {title} [{id}]&quot;.</source>
        <translation>ファイル名のテンプレート（例: &quot;{date} {host} - {title} [{id}]&quot;）。</translation>
    </message>
    <message>
        <source>Chunks in flight, %1-%2 (default %3).</source>
        <translation>同時に取得するチャンク数、%1-%2（既定 %3）。</translation>
    </message>
    <message>
        <source>Log in with cookies from FILE (cookies.txt or JSON) for this run only.</source>
        <translation>この実行に限り、FILE の Cookie（cookies.txt または JSON）でログインします。</translation>
    </message>
    <message>
        <source>Send every X/Twitter API request to URL instead (also SPACETAPE_API_ORIGIN).</source>
        <translation>X/Twitter API へのリクエストをすべて代わりに URL へ送ります（SPACETAPE_API_ORIGIN でも指定できます）。</translation>
    </message>
    <message>
        <source>Print the Space&apos;s metadata as JSON and exit.</source>
        <translation>スペースのメタデータを JSON で出力して終了します。</translation>
    </message>
    <message>
        <source>Print progress and results as JSON lines.</source>
        <translation>進行状況と結果を JSON の行で出力します。</translation>
    </message>
    <message>
        <source>Save the file even when some chunks stay missing (they are listed).</source>
        <translation>一部のチャンクが欠けたままでもファイルを保存します（欠けたチャンクは一覧表示されます）。</translation>
    </message>
    <message>
        <source>When the file exists: rename (default), overwrite or skip.</source>
        <translation>ファイルが存在する場合: rename（名前を変更、既定）、overwrite（上書き）、または skip（スキップ）。</translation>
    </message>
    <message>
        <source>Wait for a scheduled Space to start, then record it (a countdown shows meanwhile).</source>
        <translation>予定されたスペースの開始を待ってから録音します（待機中はカウントダウンを表示します）。</translation>
    </message>
    <message>
        <source>Save only START-END (e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s, 10:00-end), cut sample-exact; fetches only the chunks it needs. Repeatable: one file per section. INPUT may also be a finished .m4a.</source>
        <translation>START-END の部分だけを保存します（例: 1:02:03-1:10:00、45:00-50:00、90s-120s、10:00-end）。サンプル単位で正確に切り出し、必要なチャンクだけを取得します。繰り返し指定でき、区間ごとに 1 つのファイルになります。INPUT には完成した .m4a ファイルも指定できます。</translation>
    </message>
    <message>
        <source>What to save.</source>
        <translation>保存する対象。</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>watch needs at least one host: spacetape-cli watch @name</source>
        <translation>watch には少なくとも 1 つのホストが必要です: spacetape-cli watch @name</translation>
    </message>
    <message>
        <source>doctor checks one Space at most: spacetape-cli doctor [LINK]</source>
        <translation>doctor で確認できるスペースは 1 つまでです: spacetape-cli doctor [LINK]</translation>
    </message>
    <message>
        <source>--concurrency must be a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--concurrency には %1 から %2 までの数を指定してください（「%3」は使えません）。</translation>
    </message>
    <message>
        <source>nothing to do: give a Space link, ID or playlist. Try --help.</source>
        <translation>処理する対象がありません: スペースのリンク、ID、またはプレイリストを指定してください。--help を参照してください。</translation>
    </message>
    <message>
        <source>%1 is not a file of at most %2 bytes.</source>
        <translation>%1 は %2 バイト以下のファイルではありません。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no password on its first line.</source>
        <translation>%1 の 1 行目にパスワードがありません。</translation>
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
        <translation>X のスペースをタグ付きの .m4a 音声ファイルとして保存します。
INPUT はスペースのリンク、スペースの ID、HLS プレイリストの URL、またはローカルの
.m3u8 ファイルです。ライブ中のスペースは開始から終了まで録音します。予定されている
スペースは、--wait を指定しない限り拒否します。

spacetape-cli [オプション] watch HANDLE...
  ホスト（@name、name、または x.com/name）をウォッチし、ライブを始めたスペースを
  すべて録音します。Ctrl+C または SIGTERM まで続けます（終了コード 0。中断した録音は
  チャンクを残し、次回の実行で再開します）。X のログインが必要です: --cookies FILE
  または spacetape-cli login。

spacetape-cli [オプション] doctor [LINK]
  X に対して各段階を 1 行ずつ確認します: キーチェーン、ゲストトークン、ログイン、
  AudioSpaceById、queryId の検出、ストリームの状態、CDN（プレイリストとチャンク 1 つ）。
  スペースの段階には LINK（スペースのリンクまたは ID）が必要で、ない場合はスキップします。
  失敗した確認がなければ終了コード 0、あれば 1、使い方の誤りでは 2 です。--json では
  段階ごとに {&quot;event&quot;:&quot;check&quot;} の行を出力し、最後に {&quot;event&quot;:&quot;doctor&quot;} を出力します。

spacetape-cli [オプション] chat LINK
  スペースのチャットを 1 エントリにつき 1 行で出力します: スペースの開始からの位置、
  種類（chat、reaction、caption、join、speaker）、名前、テキスト。音声はダウンロード
  しません。--json では 1 行に 1 つのオブジェクトを出力します。チャットを読み込めたら
  終了コード 0、読み込めなかったら 1 です（理由は stderr に出力します）。</translation>
    </message>
    <message>
        <source>Connect through this proxy: host:port, http://host:port or socks5://host:port; &quot;none&quot; for a direct connection (default: the system&apos;s proxy settings). A password written here (user:password@host) is visible to every user of this computer in the process list: give the user here and the password with --proxy-password-file.</source>
        <translation>このプロキシ経由で接続します: host:port、http://host:port、または socks5://host:port。&quot;none&quot; で直接接続します（既定: システムのプロキシ設定）。ここに書いたパスワード（user:password@host）は、このコンピューターのすべてのユーザーにプロセス一覧で見えてしまいます。ここにはユーザー名だけを指定し、パスワードは --proxy-password-file で指定してください。</translation>
    </message>
    <message>
        <source>Read the password for the user named in --proxy (user@host:port) from the first line of FILE.</source>
        <translation>--proxy で指定したユーザー（user@host:port）のパスワードを FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <source>Keep only the audio: no chapters, no NAME.space.json and NAME.vtt with the speakers and chat.</source>
        <translation>音声だけを残します。チャプターも、スピーカーとチャットを記録した NAME.space.json と NAME.vtt も作りません。</translation>
    </message>
    <message>
        <source>it needs --proxy with a user name: --proxy user@host:port.</source>
        <translation>ユーザー名を含む --proxy が必要です: --proxy user@host:port。</translation>
    </message>
    <message>
        <source>--proxy already has a password; give it in one place only.</source>
        <translation>--proxy にはすでにパスワードが含まれています。パスワードは 1 か所だけで指定してください。</translation>
    </message>
    <message>
        <source>chat reads one Space: spacetape-cli chat LINK</source>
        <translation>chat で読み込めるスペースは 1 つです: spacetape-cli chat LINK</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 時間 %2 分 %3 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>cannot read the cookies file %1: %2</source>
        <translation>Cookie ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>X refused your login cookies (expired or logged out); continuing as a guest. Export fresh cookies to log in again.</source>
        <translation>X がログイン用の Cookie を拒否しました（期限切れまたはログアウト済み）。ゲストとして続行します。再度ログインするには、新しい Cookie をエクスポートしてください。</translation>
    </message>
</context>
<context>
    <name>ClientTransaction</name>
    <message>
        <source>the site-verification key is not base64</source>
        <translation>site-verification キーが Base64 ではありません</translation>
    </message>
    <message>
        <source>the page has no twitter-site-verification key</source>
        <translation>ページに twitter-site-verification キーがありません</translation>
    </message>
    <message>
        <source>the page has no loading-x-anim-%1 animation</source>
        <translation>ページに loading-x-anim-%1 アニメーションがありません</translation>
    </message>
    <message>
        <source>loading-x-anim-%1 has no animated path</source>
        <translation>loading-x-anim-%1 にアニメーションするパスがありません</translation>
    </message>
    <message>
        <source>an animation row has %1 numbers, not %2</source>
        <translation>アニメーションの行の数値が %2 個ではなく %1 個です</translation>
    </message>
    <message>
        <source>the ondemand.s chunk names %1 key indices, too few</source>
        <translation>ondemand.s チャンクが示すキーのインデックスは %1 個で、少なすぎます</translation>
    </message>
    <message>
        <source>the site-verification key is too short (%1 bytes)</source>
        <translation>site-verification キーが短すぎます（%1 バイト）</translation>
    </message>
    <message>
        <source>the animation has %1 rows, row %2 is missing</source>
        <translation>アニメーションは %1 行しかなく、%2 行目がありません</translation>
    </message>
    <message>
        <source>the stored transaction key is malformed</source>
        <translation>保存されたトランザクションキーの形式が正しくありません</translation>
    </message>
</context>
<context>
    <name>CookieImport</name>
    <message>
        <source>log in to x.com in your browser, then export its cookies again</source>
        <translation>ブラウザーで x.com にログインしてから、Cookie をもう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>the %1 cookie in this file expired on %2: %3</source>
        <translation>このファイルの %1 Cookie は %2 に期限切れになっています: %3</translation>
    </message>
    <message>
        <source>this file contains no cookies: %1</source>
        <translation>このファイルには Cookie が含まれていません: %1</translation>
    </message>
    <message>
        <source>this file has cookies only for other sites (e.g. %1): open x.com in your browser, log in, and export the cookies from that tab</source>
        <translation>このファイルには他のサイト（例: %1）の Cookie しかありません。ブラウザーで x.com を開いてログインし、そのタブから Cookie をエクスポートしてください</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>ドメインなし</translation>
    </message>
    <message>
        <source>this file has no %1 cookie for %2: %3</source>
        <translation>このファイルには %2 の %1 Cookie がありません: %3</translation>
    </message>
    <message>
        <source>this is not a cookies.txt file: line %1 has %2 fields where 7 tab-separated fields are expected</source>
        <translation>これは cookies.txt ファイルではありません: %1 行目のフィールドは %2 個ですが、タブ区切りで 7 個必要です</translation>
    </message>
    <message>
        <source>this file looks like JSON but cannot be read (%1 at byte %2): export the cookies again</source>
        <translation>このファイルは JSON のようですが読み込めません（%2 バイト目で %1）。Cookie をもう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: this JSON has no list of cookies</source>
        <translation>cookies.txt または Cookie-Editor の JSON ファイルではありません: この JSON には Cookie の一覧がありません</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: an entry has no &quot;name&quot; and &quot;value&quot;</source>
        <translation>cookies.txt または Cookie-Editor の JSON ファイルではありません: &quot;name&quot; と &quot;value&quot; のないエントリがあります</translation>
    </message>
    <message>
        <source>this Cookie header has no %1 cookie: copy the whole Cookie header of a request to x.com made while logged in</source>
        <translation>この Cookie ヘッダーには %1 Cookie がありません。ログイン中に x.com へ送ったリクエストの Cookie ヘッダーを丸ごとコピーしてください</translation>
    </message>
    <message>
        <source>the file is empty: export the cookies of x.com again</source>
        <translation>ファイルが空です。x.com の Cookie をもう一度エクスポートしてください</translation>
    </message>
    <message>
        <source>not a cookies.txt or Cookie-Editor JSON file: export the cookies of x.com with a browser extension such as &quot;Get cookies.txt LOCALLY&quot; or &quot;Cookie-Editor&quot;</source>
        <translation>cookies.txt または Cookie-Editor の JSON ファイルではありません。「Get cookies.txt LOCALLY」や「Cookie-Editor」などのブラウザー拡張機能で x.com の Cookie をエクスポートしてください</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>%1 needs an http(s) URL such as http://127.0.0.1:8080, not “%2”.</source>
        <translation>%1 には http://127.0.0.1:8080 のような http(s) の URL が必要です（「%2」は使えません）。</translation>
    </message>
    <message>
        <source>%1 %2 is plain http to another computer: your X login would cross the network unencrypted, so it is refused. Use an https:// address, or a server on this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>%1 %2 は別のコンピューターへの暗号化されていない http です。X のログイン情報が暗号化されずにネットワークを通ることになるため、受け付けません。https:// のアドレスか、このコンピューター上のサーバー（127.0.0.1、::1、または localhost）を使ってください。</translation>
    </message>
</context>
<context>
    <name>FilenameTemplate</name>
    <message>
        <source>The file name template is empty. Use for example “%1”.</source>
        <translation>ファイル名テンプレートが空です。例えば「%1」を使ってください。</translation>
    </message>
    <message>
        <source>The file name template has a “{” at position %1 with no closing “}”. Variables are written like {title}.</source>
        <translation>ファイル名テンプレートの %1 文字目の「{」に対応する「}」がありません。変数は {title} のように書きます。</translation>
    </message>
    <message numerus="yes">
        <source>The file name template uses the variable(s) %1, which Spacetape does not know. Available: %2.</source>
        <translation>
            <numerusform>ファイル名テンプレートで、Spacetape が認識できない変数 %1 が使われています。使用できる変数: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name template “%1” gives an empty file name. Include at least {title} or {id}.</source>
        <translation>ファイル名テンプレート「%1」ではファイル名が空になります。少なくとも {title} か {id} を含めてください。</translation>
    </message>
</context>
<context>
    <name>GStreamerPlugins</name>
    <message>
        <source>playback</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>format detection</source>
        <translation>形式の検出</translation>
    </message>
    <message>
        <source>streaming from the app</source>
        <translation>アプリからのストリーミング</translation>
    </message>
    <message>
        <source>audio conversion</source>
        <translation>音声の変換</translation>
    </message>
    <message>
        <source>ADTS (AAC stream) parser</source>
        <translation>ADTS（AAC ストリーム）パーサー</translation>
    </message>
    <message>
        <source>MP4/M4A reader</source>
        <translation>MP4/M4A リーダー</translation>
    </message>
    <message>
        <source>AAC audio decoder</source>
        <translation>AAC 音声デコーダー</translation>
    </message>
    <message>
        <source>The audio could not be played (%1). Check that the GStreamer packages gstreamer1.0-plugins-good and gstreamer1.0-libav are installed.</source>
        <translation>音声を再生できませんでした（%1）。GStreamer のパッケージ gstreamer1.0-plugins-good と gstreamer1.0-libav がインストールされているか確認してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>The audio cannot be played: the GStreamer plugin %1 is missing. Install %2 (e.g. sudo apt install %3) and try again.</source>
        <translation>音声を再生できません: GStreamer プラグイン %1 がありません。%2 をインストールしてから（例: sudo apt install %3）、再試行してください。</translation>
    </message>
</context>
<context>
    <name>HlsPlaylist</name>
    <message>
        <source>Could not read the playlist: %1</source>
        <translation>プレイリストを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>the server sent an empty answer instead of a playlist. Right after a Space ends the replay can take a minute or more to appear; try again shortly.</source>
        <translation>サーバーがプレイリストではなく空の応答を返しました。スペースの終了直後は、録音が公開されるまで 1 分以上かかることがあります。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>the server sent binary data instead of a playlist (the address may point at an audio chunk rather than an .m3u8 playlist).</source>
        <translation>サーバーがプレイリストではなくバイナリデータを返しました（アドレスが .m3u8 プレイリストではなく音声チャンクを指している可能性があります）。</translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of a playlist (usually an error or sign-in page). The stream address may have expired; look the Space up again.</source>
        <translation>サーバーがプレイリストではなく HTML ページを返しました（通常はエラーページかサインインページです）。ストリームのアドレスの期限が切れている可能性があります。スペースをもう一度検索してください。</translation>
    </message>
    <message>
        <source>the server sent an XML document instead of a playlist (usually a CDN error such as an expired or denied address: “%1”). Look the Space up again.</source>
        <translation>サーバーがプレイリストではなく XML 文書を返しました（通常は、アドレスの期限切れや拒否などの CDN エラーです:「%1」）。スペースをもう一度検索してください。</translation>
    </message>
    <message>
        <source>the server sent a JSON message instead of a playlist: “%1”.</source>
        <translation>サーバーがプレイリストではなく JSON メッセージを返しました:「%1」。</translation>
    </message>
    <message>
        <source>the answer is not an HLS playlist: it does not start with #EXTM3U (it starts with “%1”). It may have been cut off in transit; try again.</source>
        <translation>応答が HLS プレイリストではありません: #EXTM3U で始まっていません（先頭は「%1」）。転送中に途切れた可能性があります。再試行してください。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>#EXTINF has no readable duration (“%1”).</source>
        <translation>#EXTINF に読み取れる長さがありません（「%1」）。</translation>
    </message>
    <message>
        <source>#EXTINF says one chunk lasts %1 s, more than a day (limit kMaxSegmentSeconds).</source>
        <translation>#EXTINF によるとチャンク 1 つの長さが %1 秒で、1 日を超えています（上限 kMaxSegmentSeconds）。</translation>
    </message>
    <message>
        <source>a second #EXTINF follows the one on line %1 without a chunk address between them.</source>
        <translation>%1 行目の #EXTINF の後に、チャンクのアドレスを挟まずに 2 つ目の #EXTINF があります。</translation>
    </message>
    <message>
        <source>#EXT-X-MEDIA-SEQUENCE is not a number (“%1”).</source>
        <translation>#EXT-X-MEDIA-SEQUENCE が数値ではありません（「%1」）。</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE is not “length[@offset]” (“%1”).</source>
        <translation>#EXT-X-BYTERANGE が「length[@offset]」の形式ではありません（「%1」）。</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE names %1 bytes, more than a chunk may hold (limit kMaxChunkBytes).</source>
        <translation>#EXT-X-BYTERANGE が %1 バイトを指定していますが、1 つのチャンクに収まる量を超えています（上限 kMaxChunkBytes）。</translation>
    </message>
    <message>
        <source>#EXT-X-KEY uses METHOD=%1 but gives no key URI.</source>
        <translation>#EXT-X-KEY は METHOD=%1 を使っていますが、鍵の URI がありません。</translation>
    </message>
    <message>
        <source>#EXT-X-KEY has an IV that is not a 128-bit hex number (“%1”).</source>
        <translation>#EXT-X-KEY の IV が 128 ビットの 16 進数ではありません（「%1」）。</translation>
    </message>
    <message>
        <source>a second #EXT-X-STREAM-INF follows the one on line %1 without a playlist address between them.</source>
        <translation>%1 行目の #EXT-X-STREAM-INF の後に、プレイリストのアドレスを挟まずに 2 つ目の #EXT-X-STREAM-INF があります。</translation>
    </message>
    <message>
        <source>the playlist lists more than %1 entries (limit kMaxPlaylistEntries).</source>
        <translation>プレイリストの項目が %1 件を超えています（上限 kMaxPlaylistEntries）。</translation>
    </message>
    <message>
        <source>the chunk address “%1” has no #EXTINF before it; the playlist is damaged or cut short.</source>
        <translation>チャンクのアドレス「%1」の前に #EXTINF がありません。プレイリストが破損しているか、途中で切れています。</translation>
    </message>
    <message>
        <source>#EXT-X-MEDIA-SEQUENCE %1 plus the chunk&apos;s place in the list is too large a number.</source>
        <translation>#EXT-X-MEDIA-SEQUENCE %1 にリスト内のチャンクの位置を足すと、数値が大きすぎます。</translation>
    </message>
    <message>
        <source>#EXT-X-BYTERANGE offset plus length is too large a number.</source>
        <translation>#EXT-X-BYTERANGE のオフセットと長さの合計が大きすぎます。</translation>
    </message>
    <message>
        <source>the playlist is cut short: the #EXTINF on line %1 has no chunk address after it. The download was probably interrupted; try again.</source>
        <translation>プレイリストが途中で切れています: %1 行目の #EXTINF の後にチャンクのアドレスがありません。ダウンロードが中断された可能性があります。再試行してください。</translation>
    </message>
    <message>
        <source>the playlist is cut short: the #EXT-X-STREAM-INF on line %1 has no playlist address after it. The download was probably interrupted; try again.</source>
        <translation>プレイリストが途中で切れています: %1 行目の #EXT-X-STREAM-INF の後にプレイリストのアドレスがありません。ダウンロードが中断された可能性があります。再試行してください。</translation>
    </message>
    <message>
        <source>chunk %1 is listed more than once; a playlist that repeats chunks is refused.</source>
        <translation>チャンク %1 が複数回記載されています。チャンクを繰り返すプレイリストは受け付けません。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB (limit kMaxPlaylistBytes).</source>
        <translation>%1 MiB を超えています（上限 kMaxPlaylistBytes）。</translation>
    </message>
    <message>
        <source>it mixes a master playlist (#EXT-X-STREAM-INF) with media segments (#EXTINF), which HLS does not allow.</source>
        <translation>マスタープレイリスト（#EXT-X-STREAM-INF）とメディアセグメント（#EXTINF）が混在しています。これは HLS では認められていません。</translation>
    </message>
</context>
<context>
    <name>LiveChunks</name>
    <message>
        <source>The live playlist names a chunk at “%1”, on another server than the playlist&apos;s own; it is refused.</source>
        <translation>ライブのプレイリストが、プレイリスト自体とは別のサーバーにある「%1」のチャンクを指定しています。受け付けません。</translation>
    </message>
    <message>
        <source>The live playlist lists chunk %1 after chunk %2: more than %3 chunks apart, longer than any Space lasts. It is refused.</source>
        <translation>ライブのプレイリストがチャンク %2 の後にチャンク %1 を記載しています。間隔が %3 チャンクを超えており、どのスペースの長さよりも長くなります。受け付けません。</translation>
    </message>
    <message>
        <source>This live Space is encrypted (for subscribers); Spacetape cannot record those live yet. Download its replay after it ends.</source>
        <translation>このライブ中のスペースは暗号化されています（サブスクライバー向け）。Spacetape はこのようなスペースをまだライブ録音できません。終了後に録音をダウンロードしてください。</translation>
    </message>
</context>
<context>
    <name>LiveSidecar</name>
    <message>
        <source>The saved live capture list is refused: %1.</source>
        <translation>保存されたライブ録音のリストは受け付けません: %1。</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>%1 MiB を超えています</translation>
    </message>
    <message>
        <source>it is not a live capture list this version can read</source>
        <translation>このバージョンで読み込めるライブ録音のリストではありません</translation>
    </message>
    <message>
        <source>it belongs to another Space</source>
        <translation>別のスペースのものです</translation>
    </message>
    <message>
        <source>it names a playlist that is not a web address</source>
        <translation>Web アドレスではないプレイリストを指定しています</translation>
    </message>
    <message>
        <source>a sequence number is out of range</source>
        <translation>シーケンス番号が範囲外です</translation>
    </message>
    <message>
        <source>it lists more than %1 chunks</source>
        <translation>チャンクが %1 個を超えています</translation>
    </message>
    <message>
        <source>a chunk entry is damaged</source>
        <translation>チャンクの項目が破損しています</translation>
    </message>
    <message>
        <source>chunk %1 is not on the host of its playlists</source>
        <translation>チャンク %1 がプレイリストと同じホストにありません</translation>
    </message>
    <message>
        <source>chunk %1 is out of range or listed twice</source>
        <translation>チャンク %1 が範囲外か、重複して記載されています</translation>
    </message>
    <message>
        <source>The saved live capture list is not used: %1</source>
        <translation>保存されたライブ録音のリストは使用しません: %1</translation>
    </message>
</context>
<context>
    <name>M4aFrameReader</name>
    <message>
        <source>%1 is not an audio file Spacetape can cut (%2). Give a .m4a saved by Spacetape, or the Space&apos;s link.</source>
        <translation>%1 は Spacetape が切り出せる音声ファイルではありません（%2）。Spacetape で保存した .m4a か、スペースのリンクを指定してください。</translation>
    </message>
    <message>
        <source>no audio sample table</source>
        <translation>音声のサンプルテーブルがありません</translation>
    </message>
    <message>
        <source>no AAC track</source>
        <translation>AAC トラックがありません</translation>
    </message>
    <message>
        <source>no AAC configuration</source>
        <translation>AAC の設定がありません</translation>
    </message>
    <message>
        <source>a damaged sample size table</source>
        <translation>サンプルサイズのテーブルが破損しています</translation>
    </message>
    <message>
        <source>a damaged chunk table</source>
        <translation>チャンクテーブルが破損しています</translation>
    </message>
    <message>
        <source>%1 is cut short; its audio is damaged.</source>
        <translation>%1 は途中で切れていて、音声が破損しています。</translation>
    </message>
</context>
<context>
    <name>M4aWriter</name>
    <message>
        <source>Internal error: the M4A writer was started twice.</source>
        <translation>内部エラー: M4A ライターが 2 回開始されました。</translation>
    </message>
    <message>
        <source>Internal error: the M4A output file is not open for writing.</source>
        <translation>内部エラー: M4A の出力ファイルが書き込み用に開かれていません。</translation>
    </message>
    <message>
        <source>Cannot save an empty recording: no audio frames were found in the downloaded chunks. The Space may have no replay yet; try again later.</source>
        <translation>空の録音は保存できません: ダウンロードしたチャンクに音声フレームが見つかりませんでした。スペースの録音がまだ公開されていない可能性があります。後で再試行してください。</translation>
    </message>
    <message>
        <source>The recording is too long for one M4A file.</source>
        <translation>録音が長すぎて 1 つの M4A ファイルに収まりません。</translation>
    </message>
    <message>
        <source>Cannot save audio in an unsupported format (%1): only AAC with a standard channel layout is supported.</source>
        <translation>対応していない形式（%1）の音声は保存できません。対応しているのは標準的なチャンネル構成の AAC のみです。</translation>
    </message>
    <message>
        <source>Audio frame %1 is empty; the downloaded audio is damaged. Try downloading the Space again.</source>
        <translation>音声フレーム %1 が空です。ダウンロードした音声が破損しています。スペースをもう一度ダウンロードしてみてください。</translation>
    </message>
    <message>
        <source>Internal error: the section lies outside its audio frames.</source>
        <translation>内部エラー: 区間が音声フレームの範囲外にあります。</translation>
    </message>
    <message>
        <source>Internal error: writing audio after the M4A writer failed.</source>
        <translation>内部エラー: M4A ライターが失敗した後に音声を書き込もうとしました。</translation>
    </message>
    <message>
        <source>Internal error: audio written before the M4A header.</source>
        <translation>内部エラー: M4A ヘッダーより前に音声が書き込まれました。</translation>
    </message>
    <message>
        <source>The audio has more frames than the %1 it was indexed with; the downloaded chunks changed while saving. Try saving again.</source>
        <translation>音声のフレーム数が、索引作成時の %1 を超えています。保存中にダウンロード済みのチャンクが変更されました。もう一度保存してください。</translation>
    </message>
    <message>
        <source>Audio frame %1 has %2 bytes but was indexed with %3; the downloaded chunks changed while saving. Try saving again.</source>
        <translation>音声フレーム %1 は %2 バイトですが、索引作成時は %3 バイトでした。保存中にダウンロード済みのチャンクが変更されました。もう一度保存してください。</translation>
    </message>
    <message>
        <source>Internal error: finishing an M4A writer that failed.</source>
        <translation>内部エラー: 失敗した M4A ライターを終了しようとしました。</translation>
    </message>
    <message>
        <source>Internal error: the M4A writer was never started.</source>
        <translation>内部エラー: M4A ライターが開始されていません。</translation>
    </message>
    <message>
        <source>The audio ended after %1 of %2 frames, so the file would be cut short. Try saving again.</source>
        <translation>音声が %2 フレーム中 %1 フレームで終わったため、ファイルが途中で切れてしまいます。もう一度保存してください。</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. Free at least %2 MB there and try again.</source>
        <translation>%1 を書き込めませんでした: ディスクがいっぱいです。少なくとも %2 MB の空きを作ってから再試行してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the folder is writable and the disk is not full, then try again.</source>
        <translation>%1 を書き込めませんでした: %2。フォルダーが書き込み可能で、ディスクがいっぱいでないことを確認してから再試行してください。</translation>
    </message>
    <message>
        <source>the audio file</source>
        <extracomment>stands for the file name in &quot;Could not write %1: ...&quot;</extracomment>
        <translation>音声ファイル</translation>
    </message>
</context>
<context>
    <name>OutputPlacement</name>
    <message>
        <source>Could not write to the output folder %1. Check that the disk is writable and mounted, or choose another output folder.</source>
        <translation>保存先フォルダー %1 に書き込めませんでした。ディスクが書き込み可能でマウントされているか確認するか、別の保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Could not create the output folder %1. Check that the disk is writable and mounted, or choose another output folder.</source>
        <translation>保存先フォルダー %1 を作成できませんでした。ディスクが書き込み可能でマウントされているか確認するか、別の保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>takes rename, overwrite or skip, not &quot;%1&quot;.</source>
        <extracomment>follows an option name, e.g. &quot;--if-exists takes rename, ...&quot;; the three words are values to type, not to translate</extracomment>
        <translation>には rename、overwrite、skip のいずれかを指定してください（「%1」は指定できません）。</translation>
    </message>
</context>
<context>
    <name>ProxyAddress</name>
    <message>
        <source>Enter the proxy as host:port, e.g. proxy.example.org:3128.</source>
        <translation>プロキシを ホスト:ポート の形で入力してください（例: proxy.example.org:3128）。</translation>
    </message>
    <message>
        <source>Only http:// and socks5:// proxies are supported.</source>
        <translation>http:// と socks5:// のプロキシのみ対応しています。</translation>
    </message>
    <message>
        <source>“%1” is not a host:port proxy address.</source>
        <translation>「%1」は ホスト:ポート 形式のプロキシアドレスではありません。</translation>
    </message>
    <message>
        <source>The proxy needs a port: write it as host:port, e.g. %1:3128.</source>
        <translation>プロキシにはポートが必要です。ホスト:ポート の形で書いてください（例: %1:3128）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;p&gt;Spacetape logs in to X with two cookies from a browser where you are logged in to x.com: &lt;b&gt;auth_token&lt;/b&gt; and &lt;b&gt;ct0&lt;/b&gt;. They are kept in your system keychain only.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File:&lt;/b&gt; with a cookie export extension (for example “Get cookies.txt LOCALLY” or “Cookie-Editor”) save the cookies of x.com, then choose that file here.&lt;br&gt;&lt;b&gt;Paste:&lt;/b&gt; in the browser&apos;s developer tools (F12), Network tab, click any request to x.com and copy the value of its &lt;i&gt;Cookie&lt;/i&gt; request header.&lt;br&gt;&lt;b&gt;Type:&lt;/b&gt; in the developer tools&apos; storage view (Application or Storage, then Cookies, then https://x.com) copy the values of auth_token and ct0.&lt;/p&gt;&lt;p&gt;Logging out of X in that browser ends this login too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Spacetape は、x.com にログインしているブラウザーの 2 つの Cookie（&lt;b&gt;auth_token&lt;/b&gt; と &lt;b&gt;ct0&lt;/b&gt;）で X にログインします。これらはシステムのキーチェーンにのみ保存されます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;ファイル:&lt;/b&gt; Cookie エクスポート拡張機能（例:「Get cookies.txt LOCALLY」や「Cookie-Editor」）で x.com の Cookie を保存し、そのファイルをここで選びます。&lt;br&gt;&lt;b&gt;貼り付け:&lt;/b&gt; ブラウザーの開発者ツール（F12）の「ネットワーク」タブで x.com へのリクエストをクリックし、&lt;i&gt;Cookie&lt;/i&gt; リクエストヘッダーの値をコピーします。&lt;br&gt;&lt;b&gt;入力:&lt;/b&gt; 開発者ツールのストレージ表示（「アプリケーション」または「ストレージ」→「Cookie」→ https://x.com）で auth_token と ct0 の値をコピーします。&lt;/p&gt;&lt;p&gt;そのブラウザーで X からログアウトすると、このログインも終了します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み込めません（%2）</translation>
    </message>
    <message>
        <source>The Space&apos;s ID, e.g. 1YqJDqWqLOYJV</source>
        <translation>スペースの ID（例: 1YqJDqWqLOYJV）</translation>
    </message>
    <message>
        <source>The Space&apos;s title</source>
        <translation>スペースのタイトル</translation>
    </message>
    <message>
        <source>The host&apos;s @handle, without the @</source>
        <translation>ホストの @ハンドル（@ なし）</translation>
    </message>
    <message>
        <source>The host&apos;s display name</source>
        <translation>ホストの表示名</translation>
    </message>
    <message>
        <source>The day the Space started (UTC), yyyy-MM-dd</source>
        <translation>スペースの開始日（UTC）、yyyy-MM-dd</translation>
    </message>
    <message>
        <source>The time the Space started (UTC), HH-mm</source>
        <translation>スペースの開始時刻（UTC）、HH-mm</translation>
    </message>
    <message>
        <source>How long the Space lasted, e.g. 1h02m</source>
        <translation>スペースの長さ（例: 1h02m）</translation>
    </message>
    <message>
        <source>Resume Downloads?</source>
        <translation>ダウンロードを再開しますか?</translation>
    </message>
    <message>
        <source>1 download did not finish last time. Continue it now? It continues from the parts already on disk.</source>
        <translation>前回 1 件のダウンロードが完了しませんでした。今すぐ続けますか? ディスクに保存済みの部分から続行します。</translation>
    </message>
    <message>
        <source>%1 downloads did not finish last time. Continue them now? They continue from the parts already on disk.</source>
        <translation>前回 %1 件のダウンロードが完了しませんでした。今すぐ続けますか? ディスクに保存済みの部分から続行します。</translation>
    </message>
    <message>
        <source>The saved download queue (%1) could not be read, so the queue starts empty and will not be saved over that file. Check its permissions, or move it away and restart Spacetape.</source>
        <translation>保存されたダウンロードキュー（%1）を読み込めなかったため、キューは空で始まり、このファイルは上書きされません。ファイルの権限を確認するか、ファイルを移動して Spacetape を再起動してください。</translation>
    </message>
    <message>
        <source>The saved download queue could not be read, so the queue starts empty. The old file was kept as %1; downloaded files and cached chunks are untouched, and adding the links again continues from the chunks already on disk.</source>
        <translation>保存されたダウンロードキューを読み込めなかったため、キューは空で始まります。古いファイルは %1 として残しました。ダウンロード済みのファイルとキャッシュされたチャンクはそのままで、リンクを再び追加するとディスク上のチャンクから続行します。</translation>
    </message>
    <message>
        <source>Saved Queue Unreadable</source>
        <translation>保存されたキューを読み込めません</translation>
    </message>
    <message>
        <source>Add Copied Space?</source>
        <translation>コピーしたスペースを追加しますか?</translation>
    </message>
    <message>
        <source>You copied a Space link:
%1

Add it to the queue?</source>
        <translation>スペースのリンクをコピーしました:
%1

キューに追加しますか?</translation>
    </message>
    <message>
        <source>You copied %1 Space links. Add them to the queue?</source>
        <translation>%1 件のスペースのリンクをコピーしました。キューに追加しますか?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Copied Space link in the link bar: press Enter to add it.</source>
        <translation>コピーしたスペースのリンクをリンクバーに入れました。Enter キーで追加します。</translation>
    </message>
    <message>
        <source>Space saved</source>
        <translation>スペースを保存しました</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>ダウンロードに失敗しました</translation>
    </message>
    <message>
        <source>A Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>%1 is live — recording</source>
        <translation>%1 がライブ中 — 録音しています</translation>
    </message>
    <message>
        <source>X login expired</source>
        <translation>X のログインが期限切れです</translation>
    </message>
    <message>
        <source>X refused the stored login, so Spacetape continues as a guest. Log in again from Account.</source>
        <translation>X が保存されたログインを拒否したため、Spacetape はゲストとして続行します。「アカウント」から再度ログインしてください。</translation>
    </message>
    <message>
        <source>%1: not a regular file, so it is not read</source>
        <translation>%1: 通常のファイルではないため読み込みません</translation>
    </message>
    <message>
        <source>%1: too large for a list of links (%2 MB at most, limit kMaxLinksFileBytes)</source>
        <translation>%1: リンク一覧としては大きすぎます(最大 %2 MB、上限 kMaxLinksFileBytes)</translation>
    </message>
    <message>
        <source>Clip %1 · %2</source>
        <translation>クリップ %1 · %2</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>Could not read %1: it is not a regular file.</source>
        <translation>%1 を読み込めませんでした: 通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not read %1: it is larger than %2 MB.</source>
        <translation>%1 を読み込めませんでした: %2 MB を超えています。</translation>
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
        <translation>%1 が %2 を超えており、本物よりはるかに大きいため、Spacetape はダウンロードを中止しました。サーバーに問題があるか、本来のサーバーではない可能性があります。後で再試行するか、アドレスを確認してください</translation>
    </message>
    <message>
        <source>the %1 did not arrive within %2 s; the server is too slow: try again later</source>
        <translation>%1 が %2 秒以内に届きませんでした。サーバーが遅すぎます。後で再試行してください</translation>
    </message>
</context>
<context>
    <name>SectionRange</name>
    <message>
        <source>Give a section as START-END, e.g. 1:02:03-1:10:00, 45:00-50:00, 90s-120s or 10:00-end.</source>
        <translation>区間は START-END の形式で指定してください（例: 1:02:03-1:10:00、45:00-50:00、90s-120s、10:00-end）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section. %2</source>
        <translation>「%1」は区間ではありません。%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. %2</source>
        <translation>「%1」は時刻ではありません。%2</translation>
    </message>
    <message>
        <source>The section %1 ends before it starts: END must come after START.</source>
        <translation>区間 %1 は始まる前に終わっています。END は START より後にしてください。</translation>
    </message>
    <message>
        <source>The section %1 starts after the end: the Space lasts %2.</source>
        <translation>区間 %1 はスペースの終わりより後に始まっています。スペースの長さは %2 です。</translation>
    </message>
    <message>
        <source>The section %1 ends after the end: the Space lasts %2 (use &quot;end&quot; as END to save to its end).</source>
        <translation>区間 %1 はスペースの終わりより後に終わっています。スペースの長さは %2 です（最後まで保存するには END に「end」を指定してください）。</translation>
    </message>
    <message>
        <source>The section %1 ends before it starts.</source>
        <translation>区間 %1 は始まる前に終わっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is later than any Space lasts: a time in a Space is at most %2.</source>
        <translation>「%1」はどのスペースの長さよりも後です。スペース内の時刻は最大 %2 です。</translation>
    </message>
</context>
<context>
    <name>SectionWriter</name>
    <message>
        <source>The audio fetched for this section does not cover it (samples %1 to %2 asked, %3 to %4 present). The chunks may be shorter than the playlist says; try a slightly different range.</source>
        <translation>この区間用に取得した音声が区間全体をカバーしていません（要求はサンプル %1～%2、実際は %3～%4）。チャンクがプレイリストの記載より短い可能性があります。範囲を少し変えて試してください。</translation>
    </message>
</context>
<context>
    <name>Sidecars</name>
    <message>
        <source>Could not save %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 を保存できませんでした: %2。フォルダーが書き込み可能で、ディスクがいっぱいでないか確認してください。</translation>
    </message>
</context>
<context>
    <name>Space</name>
    <message>
        <source>Space %1</source>
        <translation>スペース %1</translation>
    </message>
</context>
<context>
    <name>SpaceId</name>
    <message>
        <source>“%1” is not a Space ID (13 letters and digits), so no chunk folder is made or removed for it.</source>
        <translation>「%1」はスペースの ID（英数字 13 文字）ではないため、チャンク用フォルダーの作成も削除も行いません。</translation>
    </message>
    <message>
        <source>No chunk cache folder is set.</source>
        <translation>チャンクのキャッシュフォルダーが設定されていません。</translation>
    </message>
    <message>
        <source>The chunk folder of %1 would lie outside the cache folder %2; nothing is written or removed there.</source>
        <translation>%1 のチャンク用フォルダーがキャッシュフォルダー %2 の外になってしまうため、そこには何も書き込まず、削除もしません。</translation>
    </message>
</context>
<context>
    <name>SpaceJson</name>
    <message>
        <source>The speakers and chat file is damaged (not a JSON object): %1.</source>
        <translation>スピーカーとチャットのファイルが破損しています（JSON オブジェクトではありません）: %1。</translation>
    </message>
    <message>
        <source>wrong shape</source>
        <translation>構造が正しくありません</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB (kMaxSpaceJsonBytes), too large to be a Space&apos;s speakers and chat; it was not read.</source>
        <translation>%1 は %2 MB（kMaxSpaceJsonBytes）を超えており、スペースのスピーカーとチャットとしては大きすぎるため、読み込みませんでした。</translation>
    </message>
</context>
<context>
    <name>SpaceLink</name>
    <message>
        <source>A Space link looks like https://x.com/i/spaces/%1 (the 13-character ID alone, such as %1, also works).</source>
        <translation>スペースのリンクは https://x.com/i/spaces/%1 のような形です（%1 のような 13 文字の ID だけでも使えます）。</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. %2</source>
        <translation>スペースのリンクではありません:「%1」。%2</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. This links to a post, not to a Space: open the post and copy the Space&apos;s own link (…/i/spaces/…). %2</source>
        <translation>スペースのリンクではありません:「%1」。これはスペースではなくポストへのリンクです。ポストを開いて、スペース自体のリンク（…/i/spaces/…）をコピーしてください。%2</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. A Space ID has exactly 13 letters and digits; this one has %2. Check that the whole link was copied. %3</source>
        <translation>スペースのリンクではありません:「%1」。スペースの ID はちょうど 13 文字の英数字ですが、これは %2 文字です。リンク全体がコピーされたか確認してください。%3</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. Only x.com and twitter.com links are accepted; this one points to %2. %3</source>
        <translation>スペースのリンクではありません:「%1」。x.com と twitter.com のリンクのみ受け付けます。これは %2 を指しています。%3</translation>
    </message>
    <message>
        <source>not a Space link: “%1”. The link hides its destination (user name, port or unusual scheme), so it is not trusted. %2</source>
        <translation>スペースのリンクではありません:「%1」。このリンクは行き先を隠している（ユーザー名、ポート、または見慣れないスキーム）ため、信頼しません。%2</translation>
    </message>
</context>
<context>
    <name>SpaceMetadata</name>
    <message>
        <source>X&apos;s answer about this Space could not be read (%1). X may have changed its API or be having trouble: try again later, or update Spacetape.</source>
        <translation>このスペースに関する X の応答を読み取れませんでした（%1）。X が API を変更したか、障害が起きている可能性があります。後で再試行するか、Spacetape を更新してください。</translation>
    </message>
    <message>
        <source>X answered with an error instead of the Space&apos;s details: &quot;%1&quot;.</source>
        <translation>X はスペースの詳細ではなくエラーを返しました:「%1」。</translation>
    </message>
    <message>
        <source>This Space was not found, or it needs a login: check the link, or log in to X in Spacetape (import your browser&apos;s x.com cookies) and try again.</source>
        <translation>このスペースが見つからないか、ログインが必要です。リンクを確認するか、Spacetape で X にログインして（ブラウザーの x.com の Cookie をインポートして）再試行してください。</translation>
    </message>
    <message>
        <source>This Space has ended, but the host did not keep a replay, so X has no recording to download.</source>
        <translation>このスペースは終了しましたが、ホストが録音を残さなかったため、X にはダウンロードできる録音がありません。</translation>
    </message>
    <message>
        <source>This Space has not started yet: it is scheduled for %1.</source>
        <translation>このスペースはまだ始まっていません。%1 に予定されています。</translation>
    </message>
    <message>
        <source>This Space has not started yet (no start time was announced).</source>
        <translation>このスペースはまだ始まっていません（開始時刻は発表されていません）。</translation>
    </message>
    <message>
        <source>The host canceled this Space, so there is nothing to download.</source>
        <translation>ホストがこのスペースを中止したため、ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>X reports this Space as &quot;%1&quot;, which Spacetape does not know, and no replay is available. Try again later, or update Spacetape.</source>
        <translation>X はこのスペースの状態を「%1」と報告していますが、Spacetape はこの状態を知らず、録音も公開されていません。後で再試行するか、Spacetape を更新してください。</translation>
    </message>
    <message>
        <source>(no state)</source>
        <translation>（状態なし）</translation>
    </message>
    <message>
        <source>X did not send this Space&apos;s media key, so its recording cannot be located. Try again later, or log in to X in Spacetape.</source>
        <translation>X がこのスペースのメディアキーを送らなかったため、録音の場所がわかりません。後で再試行するか、Spacetape で X にログインしてください。</translation>
    </message>
</context>
<context>
    <name>SpeakerChapters</name>
    <message>
        <source>Unknown speaker</source>
        <translation>不明なスピーカー</translation>
    </message>
</context>
<context>
    <name>StreamInfo</name>
    <message>
        <source>X&apos;s answer about this Space&apos;s stream could not be read (%1). Try again later, or update Spacetape.</source>
        <translation>このスペースのストリームに関する X の応答を読み取れませんでした（%1）。後で再試行するか、Spacetape を更新してください。</translation>
    </message>
    <message>
        <source>X refused to give this Space&apos;s stream address: &quot;%1&quot;.</source>
        <translation>X はこのスペースのストリームのアドレスを教えませんでした:「%1」。</translation>
    </message>
    <message>
        <source>X gave no stream address for this Space. Right after a Space ends its recording can take a few minutes to appear: try again shortly.</source>
        <translation>X はこのスペースのストリームのアドレスを返しませんでした。スペースの終了直後は、録音が現れるまで数分かかることがあります。少し待ってから再試行してください。</translation>
    </message>
    <message>
        <source>X gave a stream address for this Space that is not a web address (&quot;%1&quot;). X may have changed its API: update Spacetape.</source>
        <translation>X がこのスペースについて返したストリームのアドレスは Web アドレスではありません（「%1」）。X が API を変更した可能性があります。Spacetape を更新してください。</translation>
    </message>
</context>
<context>
    <name>TaggedOutput</name>
    <message>
        <source>Could not create %1: %2. Check that the folder exists and is writable.</source>
        <translation>%1 を作成できませんでした: %2。フォルダーが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. Is the disk full?</source>
        <translation>%1 の書き込みを完了できませんでした: %2。ディスクがいっぱいになっていませんか?</translation>
    </message>
    <message>
        <source>Could not move the finished file to %1: %2.</source>
        <translation>完成したファイルを %1 に移動できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>Tagger</name>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file does not exist. It may have been moved or deleted; save the Space again.</source>
        <translation>「%1」にタグを付けられません: ファイルが存在しません。移動または削除された可能性があります。スペースをもう一度保存してください。</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file cannot be opened. Check its permissions.</source>
        <translation>「%1」にタグを付けられません: ファイルを開けません。アクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: it is not a readable M4A/MP4 audio file (it may be damaged or incomplete). Save the Space again.</source>
        <translation>「%1」にタグを付けられません: 読み取り可能な M4A/MP4 音声ファイルではありません（破損しているか、不完全な可能性があります）。スペースをもう一度保存してください。</translation>
    </message>
    <message>
        <source>The cover image is neither JPEG nor PNG, so it cannot be embedded. Save without a cover or pick a JPEG or PNG image.</source>
        <translation>カバー画像が JPEG でも PNG でもないため、埋め込めません。カバーなしで保存するか、JPEG または PNG 画像を選んでください。</translation>
    </message>
    <message>
        <source>Cannot tag &quot;%1&quot;: the file is read-only. Allow writing to it and try again.</source>
        <translation>「%1」にタグを付けられません: ファイルが読み取り専用です。書き込みを許可してから再試行してください。</translation>
    </message>
    <message>
        <source>Could not save the tags of &quot;%1&quot;. Check that the disk is not full and the file is writable, then try again.</source>
        <translation>「%1」のタグを保存できませんでした。ディスクがいっぱいでなく、ファイルが書き込み可能か確認してから再試行してください。</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The playlist names a variant at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>プレイリストが「%1」にあるバリアントを指定していますが、これは http(s) のアドレスではありません。ネットワークから取得したプレイリストは Web アドレスしか指定できないため、受け付けません。</translation>
    </message>
    <message>
        <source>The playlist names a chunk at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>プレイリストが「%1」にあるチャンクを指定していますが、これは http(s) のアドレスではありません。ネットワークから取得したプレイリストは Web アドレスしか指定できないため、受け付けません。</translation>
    </message>
    <message>
        <source>The playlist names a key at “%1”, which is not an http(s) address; a playlist from the network may only name web addresses, so it is refused.</source>
        <translation>プレイリストが「%1」にある暗号鍵を指定していますが、これは http(s) のアドレスではありません。ネットワークから取得したプレイリストは Web アドレスしか指定できないため、受け付けません。</translation>
    </message>
</context>
<context>
    <name>VariantChain</name>
    <message>
        <source>The master playlist lists no stream to download.</source>
        <translation>マスタープレイリストにダウンロードできるストリームがありません。</translation>
    </message>
    <message>
        <source>The master playlist leads back to a playlist already read (a loop); it is refused.</source>
        <translation>マスタープレイリストが読み込み済みのプレイリストに戻っています（ループ）。受け付けません。</translation>
    </message>
    <message>
        <source>The master playlist leads through more than %1 masters; it is refused.</source>
        <translation>マスタープレイリストが %1 個を超えるマスターを経由しています。受け付けません。</translation>
    </message>
</context>
<context>
    <name>WatchEndpoints</name>
    <message>
        <source>X&apos;s answer about @%1 was not readable (%2).</source>
        <translation>@%1 に関する X の応答を読み取れませんでした（%2）。</translation>
    </message>
    <message>
        <source>X says @%1 is unavailable (suspended or deactivated).</source>
        <translation>X によると @%1 は利用できません（凍結または無効化されています）。</translation>
    </message>
    <message>
        <source>X could not look up @%1: %2</source>
        <translation>X は @%1 を検索できませんでした: %2</translation>
    </message>
    <message>
        <source>X knows no user @%1: check the spelling (the account may have been renamed).</source>
        <translation>X にユーザー @%1 は存在しません。綴りを確認してください（アカウント名が変更された可能性があります）。</translation>
    </message>
    <message>
        <source>X&apos;s answer about live hosts was not readable (%1).</source>
        <translation>ライブ中のホストに関する X の応答を読み取れませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>XJson</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%2 バイト目で %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>XLogin</name>
    <message>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>an invisible character (U+%1)</source>
        <translation>不可視の文字（U+%1）</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 (copy it again from your browser&apos;s cookies for x.com, while logged in)</source>
        <translation>%1（ログインした状態で、ブラウザーの x.com の Cookie からもう一度コピーしてください）</translation>
    </message>
    <message>
        <source>the auth_token cookie is missing</source>
        <translation>auth_token Cookie がありません</translation>
    </message>
    <message>
        <source>the auth_token cookie must be %1 hexadecimal characters; this one has %2</source>
        <translation>auth_token Cookie は 16 進数 %1 文字でなければなりませんが、これは %2 文字です</translation>
    </message>
    <message>
        <source>the auth_token cookie must be %1 hexadecimal characters; this one contains %2</source>
        <translation>auth_token Cookie は 16 進数 %1 文字でなければなりませんが、これには %2 が含まれています</translation>
    </message>
    <message>
        <source>the ct0 cookie is missing</source>
        <translation>ct0 Cookie がありません</translation>
    </message>
    <message>
        <source>the ct0 cookie must be %1 to %2 hexadecimal characters; this one has %3</source>
        <translation>ct0 Cookie は 16 進数 %1〜%2 文字でなければなりませんが、これは %3 文字です</translation>
    </message>
    <message>
        <source>the ct0 cookie must be %1 to %2 hexadecimal characters; this one contains %3</source>
        <translation>ct0 Cookie は 16 進数 %1〜%2 文字でなければなりませんが、これには %3 が含まれています</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save X Spaces as tagged audio files.</source>
        <translation>X のスペースをタグ付きの音声ファイルとして保存します。</translation>
    </message>
    <message>
        <source>Space links to add to the queue.</source>
        <translation>キューに追加するスペースのリンク。</translation>
    </message>
    <message>
        <source>Spacetape is already running but does not answer. Close it (or end the process) and start it again.</source>
        <translation>Spacetape はすでに起動していますが、応答しません。Spacetape を閉じて（またはプロセスを終了して）から、もう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>spacetape::AboutDialog</name>
    <message>
        <source>About Spacetape</source>
        <translation>Spacetape について</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Spacetape %1&lt;/h2&gt;&lt;p&gt;Saves X Spaces as tagged audio files.&lt;/p&gt;&lt;p&gt;Copyright © the Spacetape authors. Released under the &lt;a href=&quot;https://opensource.org/license/mit&quot;&gt;MIT License&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Spacetape links these libraries dynamically; you may replace them with compatible versions:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://taglib.org&quot;&gt;TagLib&lt;/a&gt; — GNU LGPL v2.1 or Mozilla Public License 1.1&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-Clause License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Spacetape is not affiliated with X Corp.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Spacetape %1&lt;/h2&gt;&lt;p&gt;X のスペースをタグ付きの音声ファイルとして保存します。&lt;/p&gt;&lt;p&gt;Copyright © the Spacetape authors. &lt;a href=&quot;https://opensource.org/license/mit&quot;&gt;MIT ライセンス&lt;/a&gt;で公開されています。&lt;/p&gt;&lt;p&gt;Spacetape は以下のライブラリを動的にリンクしています。互換性のあるバージョンに置き換えることができます:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %2 — GNU LGPL v3&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://taglib.org&quot;&gt;TagLib&lt;/a&gt; — GNU LGPL v2.1 または Mozilla Public License 1.1&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt; — BSD 3-Clause License&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Spacetape は X Corp. とは関係ありません。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>spacetape::AccountDialog</name>
    <message>
        <source>X Account</source>
        <translation>X アカウント</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>ログアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the login from the keychain.</source>
        <translation>キーチェーンからログイン情報を削除します。</translation>
    </message>
    <message>
        <source>A cookies.txt (Netscape format) or Cookie-Editor JSON export.</source>
        <translation>cookies.txt（Netscape 形式）または Cookie-Editor の JSON エクスポート。</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>From a &amp;File</source>
        <translation>ファイルから(&amp;F)</translation>
    </message>
    <message>
        <source>auth_token=…; ct0=…  (a Cookie header, or the content of a cookies file)</source>
        <translation>auth_token=…; ct0=…（Cookie ヘッダー、または Cookie ファイルの内容）</translation>
    </message>
    <message>
        <source>Cookies to paste</source>
        <translation>貼り付ける Cookie</translation>
    </message>
    <message>
        <source>A Cookie header, or the content of a cookies.txt or Cookie-Editor JSON file</source>
        <translation>Cookie ヘッダー、または cookies.txt か Cookie-Editor の JSON ファイルの内容</translation>
    </message>
    <message>
        <source>Log &amp;In</source>
        <translation>ログイン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation>16 進数 40 文字</translation>
    </message>
    <message>
        <source>usually 160 hexadecimal characters</source>
        <translation>通常は 16 進数 160 文字</translation>
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
        <translation>入力(&amp;T)</translation>
    </message>
    <message>
        <source>Asking the keychain…</source>
        <translation>キーチェーンに問い合わせています…</translation>
    </message>
    <message>
        <source>Not logged in: Spacetape uses X as a guest.</source>
        <translation>ログインしていません: Spacetape は X をゲストとして利用します。</translation>
    </message>
    <message>
        <source>Logged in to X.</source>
        <translation>X にログインしています。</translation>
    </message>
    <message>
        <source>Logged in as @%1.</source>
        <translation>@%1 としてログインしています。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Choose the Exported Cookies</source>
        <translation>エクスポートした Cookie を選択</translation>
    </message>
    <message>
        <source>Cookie exports (*.txt *.json);;All files (*)</source>
        <translation>Cookie エクスポート (*.txt *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 を読み込めません: %2。</translation>
    </message>
    <message>
        <source>Cannot use %1: at %2 MB it is far too large to be a cookie export; export the cookies of x.com only.</source>
        <translation>%1 は使用できません: %2 MB は Cookie エクスポートとしては大きすぎます。x.com の Cookie だけをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Paste the Cookie header or the content of a cookies file first.</source>
        <translation>先に Cookie ヘッダーか Cookie ファイルの内容を貼り付けてください。</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>these values</source>
        <translation>これらの値</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message>
        <source>The login could not be saved. %1</source>
        <translation>ログインを保存できませんでした。%1</translation>
    </message>
    <message>
        <source>Could not log out. %1</source>
        <translation>ログアウトできませんでした。%1</translation>
    </message>
</context>
<context>
    <name>spacetape::CliChat</name>
    <message>
        <source>This Space has not started yet, so it has no chat to read.</source>
        <translation>このスペースはまだ始まっていないため、読み込めるチャットがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries read.</source>
        <translation>
            <numerusform>%n 件のエントリを読み込みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliDoctor</name>
    <message>
        <source>Checking the connection to X (no Space given: the Space steps are skipped)…</source>
        <translation>X への接続を確認しています（スペースの指定なし: スペースの段階はスキップします）…</translation>
    </message>
    <message>
        <source>Checking the connection to X with Space %1…</source>
        <translation>スペース %1 で X への接続を確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>No check failed (%n skipped).</source>
        <translation>
            <numerusform>失敗した確認はありません（%n 件スキップ）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>失敗した確認はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checks failed (%2); see the lines above for what to do.</source>
        <translation>
            <numerusform>%1 件中 %n 件の確認が失敗しました（%2）。対処方法は上の各行を参照してください。</numerusform>
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
        <translation>%1 開始時に録音するには、--wait を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 Still waiting.</source>
        <translation>%1 引き続き待機します。</translation>
    </message>
    <message>
        <source>Started: %1 (%2)</source>
        <translation>開始しました: %1（%2）</translation>
    </message>
    <message>
        <source>The host canceled this Space while Spacetape was waiting for it to start.</source>
        <translation>Spacetape が開始を待っている間に、ホストがこのスペースを中止しました。</translation>
    </message>
    <message>
        <source>%1 (run the same command to wait again)</source>
        <translation>%1（もう一度待つには同じコマンドを実行してください）</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>スペース %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>%1 後に開始</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 遅れています</translation>
    </message>
    <message>
        <source>no start time announced</source>
        <translation>開始時刻未発表</translation>
    </message>
    <message>
        <source>Waiting for %1: %2; Ctrl+C to stop</source>
        <translation>%1 を待機中: %2。Ctrl+C で停止します</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2), scheduled for %3: %4.</source>
        <translation>%1（%2）を待機中。予定: %3、%4。</translation>
    </message>
    <message>
        <source>Host disconnected; %1 recorded, waiting for the host to come back</source>
        <translation>ホストが切断されました。%1 録音済み、ホストの復帰を待っています</translation>
    </message>
    <message>
        <source>Finishing: the Space ended; %1 recorded, fetching the rest</source>
        <translation>仕上げ中: スペースが終了しました。%1 録音済み、残りを取得しています</translation>
    </message>
    <message>
        <source>Recording live: %1 of %2 recorded, catching up</source>
        <translation>ライブ録音中: %2 のうち %1 録音済み、追いつき中</translation>
    </message>
    <message>
        <source>Recording live: %1 recorded</source>
        <translation>ライブ録音中: %1 録音済み</translation>
    </message>
    <message>
        <source>This Space is still live: --section works once it has ended. Record it whole, or try again after the end.</source>
        <translation>このスペースはまだライブ中です。--section は終了後に使えます。全体を録音するか、終了後に再試行してください。</translation>
    </message>
    <message>
        <source>%1/%2 chunks, %3, %4/s</source>
        <translation>%1/%2 チャンク、%3、%4/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>、残り %1 秒</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>スキップしました（既存）: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>saved with %n missing chunks (gaps allowed).</source>
        <translation>
            <numerusform>%n 個のチャンクが欠けた状態で保存しました（欠落を許可）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spacetape::CliWatch</name>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>watching hosts needs an X login (X only tells logged-in users who is live): pass --cookies FILE with cookies exported from your browser, or store a login with spacetape-cli login --cookies FILE.</source>
        <translation>ホストのウォッチには X のログインが必要です（誰がライブ中かを X はログインしたユーザーにしか教えません）。ブラウザーからエクスポートした Cookie を --cookies FILE で指定するか、spacetape-cli login --cookies FILE でログインを保存してください。</translation>
    </message>
    <message>
        <source>Found: %1 is live: %2</source>
        <translation>検出: %1 がライブ中です: %2</translation>
    </message>
    <message>
        <source>Watching %1 for live Spaces; Ctrl+C to stop.</source>
        <translation>%1 のライブ中のスペースをウォッチしています。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Resuming: %1 (%2)</source>
        <translation>再開します: %1（%2）</translation>
    </message>
    <message>
        <source>X reported it live, but it has not started yet.</source>
        <translation>X はライブ中と報告しましたが、まだ始まっていません。</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>Skipped (exists): %1</source>
        <translation>スキップしました（既存）: %1</translation>
    </message>
    <message>
        <source>%1 (still watching)</source>
        <translation>%1（ウォッチは継続中）</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n recording(s) interrupted keep their chunks; run the same command to resume them.</source>
        <translation>
            <numerusform>停止しました。中断した %n 件の録音はチャンクを残しています。再開するには同じコマンドを実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped watching.</source>
        <translation>ウォッチを停止しました。</translation>
    </message>
</context>
<context>
    <name>spacetape::ClientTransactionSource</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 の応答: HTTP %2</translation>
    </message>
    <message>
        <source>%1 names no ondemand.s chunk</source>
        <translation>%1 に ondemand.s チャンクの記載がありません</translation>
    </message>
    <message>
        <source>the ondemand.s chunk answered HTTP %1</source>
        <translation>ondemand.s チャンクの応答: HTTP %1</translation>
    </message>
    <message>
        <source>X calls go without x-client-transaction-id: its inputs could not be read from X&apos;s web app (%1).</source>
        <translation>X へのリクエストは x-client-transaction-id なしで送られます。その計算に必要な情報を X の Web アプリから読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>no page to try</source>
        <translation>試すページがありません</translation>
    </message>
    <message>
        <source>web app page</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>Web アプリのページ</translation>
    </message>
    <message>
        <source>ondemand.s script</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>ondemand.s スクリプト</translation>
    </message>
</context>
<context>
    <name>spacetape::ConnectionCheckDialog</name>
    <message>
        <source>Check Connection</source>
        <translation>接続の確認</translation>
    </message>
    <message>
        <source>Checks each step Spacetape takes to reach X. When X changes something, send this report along with your bug report. Give a Space link to check its stream and X&apos;s audio CDN too.</source>
        <translation>Spacetape が X に接続するまでの各段階を確認します。X が何かを変更したときは、このレポートを不具合報告に添えて送ってください。スペースのリンクを指定すると、そのストリームと X の音声 CDN も確認します。</translation>
    </message>
    <message>
        <source>https://x.com/i/spaces/… (optional)</source>
        <translation>https://x.com/i/spaces/…（省略可）</translation>
    </message>
    <message>
        <source>Space to check</source>
        <translation>確認するスペース</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>スペース(&amp;S):</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the results as plain text (no cookies or tokens in it)</source>
        <translation>結果をプレーンテキストでコピー（Cookie やトークンは含みません）</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — 確認中…</translation>
    </message>
    <message>
        <source>No check failed.</source>
        <translation>失敗した確認はありません。</translation>
    </message>
    <message>
        <source>Some checks failed: each says what to do.</source>
        <translation>一部の確認が失敗しました。それぞれに対処方法が示されています。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1（%2 ms）</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::ConnectionDoctor</name>
    <message>
        <source>Run the check with a Space link or ID (any Space that has a replay, or one on air) to check this too.</source>
        <translation>これも確認するには、スペースのリンクまたは ID（録音が公開されているスペースか、放送中のスペース）を指定して確認を実行してください。</translation>
    </message>
    <message>
        <source>Export fresh cookies from your browser and log in again (Account ▸ Log In…, or spacetape-cli login --cookies FILE).</source>
        <translation>ブラウザーから新しい Cookie をエクスポートして、再度ログインしてください（アカウント ▸ ログイン…、または spacetape-cli login --cookies FILE）。</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then run the check again.</source>
        <translation>インターネット接続とプロキシの設定を確認してから、もう一度確認を実行してください。</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent for now: wait a few minutes (up to 15) and run the check again.</source>
        <translation>X のレート制限に達しています。数分（最大 15 分）待ってから、もう一度確認を実行してください。</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>guest token</source>
        <translation>ゲストトークン</translation>
    </message>
    <message>
        <source>login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>queryId discovery</source>
        <translation>queryId の検出</translation>
    </message>
    <message>
        <source>stream status</source>
        <translation>ストリームの状態</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>skipped — %1</source>
        <translation>スキップ — %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1（%2 ms）</translation>
    </message>
    <message>
        <source>Spacetape %1 connection check, %2</source>
        <translation>Spacetape %1 接続の確認、%2</translation>
    </message>
    <message>
        <source>Qt %1 on %2</source>
        <translation>Qt %1（%2）</translation>
    </message>
    <message>
        <source>Space: none given</source>
        <translation>スペース: 指定なし</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>スペース: %1</translation>
    </message>
    <message>
        <source>Start or unlock your keychain (GNOME Keyring or KWallet on Linux). Meanwhile Spacetape works as a guest, or with cookies given for one run (spacetape-cli --cookies FILE).</source>
        <translation>キーチェーン（Linux では GNOME Keyring または KWallet）を起動するか、ロックを解除してください。それまでの間、Spacetape はゲストとして、または 1 回の実行用に指定した Cookie（spacetape-cli --cookies FILE）で動作します。</translation>
    </message>
    <message>
        <source>not readable: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>readable, but not writable: %1</source>
        <translation>読み込めますが、書き込めません: %1</translation>
    </message>
    <message>
        <source> for @%1</source>
        <translation>（@%1）</translation>
    </message>
    <message>
        <source>ok: readable and writable; a login%1 is stored%2</source>
        <translation>OK: 読み書きできます。ログイン%1が保存されています%2</translation>
    </message>
    <message>
        <source> (not used: cookies were given for this run)</source>
        <translation>（未使用: この実行には Cookie が指定されています）</translation>
    </message>
    <message>
        <source>ok: readable and writable; no login stored</source>
        <translation>OK: 読み書きできます。ログインは保存されていません</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>X hands out no guest sessions to you right now: wait a few minutes and run the check again. With a login, Spacetape needs no guest session.</source>
        <translation>現在 X はゲストセッションを発行していません。数分待ってから、もう一度確認を実行してください。ログインしていれば、Spacetape にゲストセッションは不要です。</translation>
    </message>
    <message>
        <source>because keychain failed (no login to check)</source>
        <translation>キーチェーンが失敗したため（確認するログインがありません）</translation>
    </message>
    <message>
        <source>no login: Spacetape uses guest access</source>
        <translation>ログインなし: Spacetape はゲストアクセスを使います</translation>
    </message>
    <message>
        <source>Log in for Spaces that need it (Account ▸ Log In…, or spacetape-cli login --cookies FILE).</source>
        <translation>ログインが必要なスペースのためにログインしてください（アカウント ▸ ログイン…、または spacetape-cli login --cookies FILE）。</translation>
    </message>
    <message>
        <source>the cookies given for this run</source>
        <translation>この実行に指定された Cookie</translation>
    </message>
    <message>
        <source>the login in the keychain</source>
        <translation>キーチェーンのログイン</translation>
    </message>
    <message>
        <source>X refused %1 (HTTP %2): it expired, or you logged out in the browser</source>
        <translation>X が %1 を拒否しました（HTTP %2）。期限切れか、ブラウザーでログアウトしました</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent (HTTP 429)</source>
        <translation>X のレート制限に達しました（HTTP 429）</translation>
    </message>
    <message>
        <source>could not reach X: %1</source>
        <translation>X に接続できません: %1</translation>
    </message>
    <message>
        <source>ok: X accepts %1</source>
        <translation>OK: X が %1 を受け付けました</translation>
    </message>
    <message>
        <source>X answered with another Space (%1)</source>
        <translation>X が別のスペース（%1）を返しました</translation>
    </message>
    <message>
        <source>Check the link. If the Space is private or for subscribers, log in.</source>
        <translation>リンクを確認してください。スペースが非公開またはサブスクライバー限定の場合は、ログインしてください。</translation>
    </message>
    <message>
        <source>Check the link.</source>
        <translation>リンクを確認してください。</translation>
    </message>
    <message>
        <source>HTTP 404 with %1 — X changed the query</source>
        <translation>%1 で HTTP 404 — X がクエリを変更しました</translation>
    </message>
    <message>
        <source>HTTP 400 with %1 — X wants feature switches it lacks</source>
        <translation>%1 で HTTP 400 — X が、含まれていない機能スイッチを要求しています</translation>
    </message>
    <message>
        <source>X refused the %1 request (HTTP %2)</source>
        <translation>X が %1 のリクエストを拒否しました（HTTP %2）</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>logged-in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <source>Log in (Account ▸ Log In…, or spacetape-cli login --cookies FILE); X may have closed guest access.</source>
        <translation>ログインしてください（アカウント ▸ ログイン…、または spacetape-cli login --cookies FILE）。X がゲストアクセスを閉じた可能性があります。</translation>
    </message>
    <message>
        <source>X answered HTTP %1</source>
        <translation>X の応答: HTTP %1</translation>
    </message>
    <message>
        <source>X may be having trouble: try again later.</source>
        <translation>X に障害が起きている可能性があります。後で再試行してください。</translation>
    </message>
    <message>
        <source>no Space given</source>
        <translation>スペースの指定なし</translation>
    </message>
    <message>
        <source>because guest token failed (and there is no login)</source>
        <translation>ゲストトークンが失敗したため（ログインもありません）</translation>
    </message>
    <message>
        <source>the cached queryId %1 (worked %2)</source>
        <translation>キャッシュ済みの queryId %1（%2 に動作確認）</translation>
    </message>
    <message>
        <source>the newest known queryId %1 (none cached yet)</source>
        <translation>既知の最新の queryId %1（キャッシュはまだありません）</translation>
    </message>
    <message>
        <source>X changed its web app: update Spacetape. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>X が Web アプリを変更しました。Spacetape を更新してください。キャッシュ済みまたは既知の queryId が使える間は、ダウンロードは引き続き動作します。</translation>
    </message>
    <message>
        <source>Since 2026 X shows its web app&apos;s chunk map to logged-in visitors only: log in, or give a Space link so its page is searched too. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>2026 年以降、X は Web アプリのチャンクマップをログインした訪問者にしか見せません。ログインするか、スペースのリンクを指定してそのページも検索させてください。キャッシュ済みまたは既知の queryId が使える間は、ダウンロードは引き続き動作します。</translation>
    </message>
    <message>
        <source>Since 2026 X shows its web app&apos;s chunk map to logged-in visitors only: log in, and run the check again. Downloads keep working as long as the cached or a known queryId does.</source>
        <translation>2026 年以降、X は Web アプリのチャンクマップをログインした訪問者にしか見せません。ログインしてから、もう一度確認を実行してください。キャッシュ済みまたは既知の queryId が使える間は、ダウンロードは引き続き動作します。</translation>
    </message>
    <message>
        <source>X&apos;s audio module was not found (%1)</source>
        <translation>X の音声モジュールが見つかりませんでした（%1）</translation>
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
        <translation>%1: チャンクマップなし</translation>
    </message>
    <message>
        <source>the audio module named on %1 answered %2</source>
        <translation>%1 で指定された音声モジュールの応答: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the audio module (from %1) declares no AudioSpaceById</source>
        <translation>音声モジュール（%1 から）に AudioSpaceById の宣言がありません</translation>
    </message>
    <message>
        <source>, the one tried</source>
        <translation>、試したものと同じ</translation>
    </message>
    <message>
        <source>, not the %1 tried</source>
        <translation>、試した %1 とは別</translation>
    </message>
    <message>
        <source>ok: queryId %1 (from %2%3)</source>
        <translation>OK: queryId %1（%2 から%3）</translation>
    </message>
    <message>
        <source>Spacetape discovered the new queryId %1, which works, and saved it: downloads use it from now on. Run the check again to confirm.</source>
        <translation>Spacetape は動作する新しい queryId %1 を検出して保存しました。今後のダウンロードではこれを使います。念のため、もう一度確認を実行してください。</translation>
    </message>
    <message>
        <source>Spacetape discovered the feature switches X now declares, which work, and saved them: downloads use them from now on. Run the check again to confirm.</source>
        <translation>Spacetape は X が現在宣言している機能スイッチを検出し、動作したので保存しました。今後のダウンロードではこれを使います。念のため、もう一度確認を実行してください。</translation>
    </message>
    <message>
        <source>The discovered queryId %1 fails too (%2): update Spacetape, or try again later.</source>
        <translation>検出した queryId %1 も失敗しました（%2）。Spacetape を更新するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>Discovery found no other queryId: the Space may be gone, or X changed more than the query. Update Spacetape.</source>
        <translation>検出で別の queryId は見つかりませんでした。スペースが削除されたか、X がクエリ以外も変更した可能性があります。Spacetape を更新してください。</translation>
    </message>
    <message>
        <source>Discovery failed too; the next line says why and what to do.</source>
        <translation>検出も失敗しました。理由と対処方法は次の行にあります。</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <source>ok: “%1” (%2) with %3, %4; no discovery needed</source>
        <translation>OK: 「%1」（%2）、%3 を使用、%4。検出は不要です</translation>
    </message>
    <message>
        <source>because %1 failed</source>
        <translation>%1 が失敗したため</translation>
    </message>
    <message>
        <source>the Space has not started: X has no stream for it yet</source>
        <translation>スペースが始まっていません。X にはまだストリームがありません</translation>
    </message>
    <message>
        <source>If the Space plays in the browser, X changed the stream request: update Spacetape. Otherwise try again later.</source>
        <translation>ブラウザーでスペースを再生できる場合は、X がストリームのリクエストを変更しました。Spacetape を更新してください。そうでなければ、後で再試行してください。</translation>
    </message>
    <message>
        <source>ok: %1, playlist on %2</source>
        <translation>OK: %1、プレイリスト: %2</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>状態なし</translation>
    </message>
    <message>
        <source>X&apos;s audio CDN (%1) did not deliver. Try again in a few minutes; if it keeps failing, check that your network or proxy lets %1 through.</source>
        <translation>X の音声 CDN（%1）から配信されませんでした。数分後に再試行してください。失敗が続く場合は、ネットワークやプロキシが %1 を通しているか確認してください。</translation>
    </message>
    <message>
        <source>the Space has no stream to fetch</source>
        <translation>スペースに取得できるストリームがありません</translation>
    </message>
    <message>
        <source>a video Space: Spacetape does not save those yet</source>
        <translation>ビデオのスペースです。Spacetape はまだ保存に対応していません</translation>
    </message>
    <message>
        <source>playlist: %1</source>
        <translation>プレイリスト: %1</translation>
    </message>
    <message>
        <source>playlist ok (%1 chunks), but chunk %2: %3</source>
        <translation>プレイリストは OK（%1 チャンク）、ただしチャンク %2: %3</translation>
    </message>
    <message>
        <source>playlist %1 chunks; chunk %2: %3 KB</source>
        <translation>プレイリスト %1 チャンク、チャンク %2: %3 KB</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>チャンク %1</translation>
    </message>
    <message>
        <source>%1, but no audio in it: %2</source>
        <translation>%1、ただし音声が含まれていません: %2</translation>
    </message>
    <message>
        <source>no AAC frames</source>
        <translation>AAC フレームなし</translation>
    </message>
    <message>
        <source>The CDN sent something other than audio (a proxy&apos;s or captive portal&apos;s page?): check your network, then run the check again.</source>
        <translation>CDN が音声以外のもの（プロキシやキャプティブポータルのページ?）を送ってきました。ネットワークを確認してから、もう一度確認を実行してください。</translation>
    </message>
    <message>
        <source>ok: %1%2, %3</source>
        <translation>OK: %1%2、%3</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation>（暗号化）</translation>
    </message>
    <message>
        <source> of AAC audio</source>
        <translation> の AAC 音声</translation>
    </message>
    <message>
        <source>chunk</source>
        <translation>チャンク</translation>
    </message>
</context>
<context>
    <name>spacetape::CredentialStore</name>
    <message>
        <source>No keychain is available (on Linux: no Secret Service such as GNOME Keyring or KWallet is running). Spacetape keeps working as a guest; to log in, start a keychain service, or pass --cookies for a single run.</source>
        <translation>キーチェーンを利用できません（Linux では GNOME Keyring や KWallet などの Secret Service が動作していません）。Spacetape はゲストとして動作を続けます。ログインするには、キーチェーンのサービスを起動するか、1 回の実行用に --cookies を指定してください。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Spacetape in the keychain prompt to use your login.</source>
        <translation>キーチェーンへのアクセスが拒否されました。ログインを使うには、キーチェーンの確認画面で Spacetape を許可してください。</translation>
    </message>
    <message>
        <source>The keychain refused access (it may be locked): unlock it and try again. (%1)</source>
        <translation>キーチェーンがアクセスを拒否しました（ロックされている可能性があります）。ロックを解除してから再試行してください。（%1）</translation>
    </message>
    <message>
        <source>The keychain could not delete the stored login: %1</source>
        <translation>キーチェーンが保存されたログインを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>キーチェーンでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Cannot store this login: %1</source>
        <translation>このログインは保存できません: %1</translation>
    </message>
    <message>
        <source>The login stored in the keychain is damaged; log in again to replace it.</source>
        <translation>キーチェーンに保存されたログインが壊れています。置き換えるには、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The keychain gave back something other than what was just stored in it.</source>
        <translation>キーチェーンから、保存したばかりのものとは異なる内容が返されました。</translation>
    </message>
    <message>
        <source>The keychain could not delete its test entry &quot;%1&quot;: %2</source>
        <translation>キーチェーンがテスト用のエントリ「%1」を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>spacetape::DetailsPane</name>
    <message>
        <source>Select a Space in the queue to see its details.</source>
        <translation>キューのスペースを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>試聴(&amp;V)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Host&apos;s picture</source>
        <translation>ホストの画像</translation>
    </message>
    <message>
        <source>Open the Space on X</source>
        <translation>X でスペースを開く</translation>
    </message>
    <message>
        <source>Listen to this Space; chunks are fetched as needed and reused when you save it</source>
        <translation>このスペースを聴きます。チャンクは必要に応じて取得され、保存時に再利用されます</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>スピーカー:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>リンク:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>%1 に予定</translation>
    </message>
    <message>
        <source>%1 recorded so far</source>
        <translation>これまでに %1 を録音</translation>
    </message>
    <message numerus="yes">
        <source> — %n chunk(s) missing</source>
        <translation>
            <numerusform> — %n 個のチャンクが欠けています</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>タグを編集(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the title, artist, date, comment or cover of the saved file</source>
        <translation>保存したファイルのタイトル、アーティスト、日付、コメント、カバーを変更</translation>
    </message>
</context>
<context>
    <name>spacetape::DownloadJob</name>
    <message>
        <source>The chunks already saved are kept: retry later, or allow gaps to save the rest.</source>
        <translation>保存済みのチャンクは残しています。後で再試行するか、欠落を許可して残りを保存してください。</translation>
    </message>
    <message>
        <source>The download stopped.</source>
        <translation>ダウンロードが停止しました。</translation>
    </message>
    <message>
        <source>Saved with gaps: %1 of %2 chunks could not be downloaded (sequence %3; at %4).</source>
        <translation>欠落ありで保存しました: %2 個中 %1 個のチャンクをダウンロードできませんでした（シーケンス %3、位置 %4）。</translation>
    </message>
    <message>
        <source>The playlist holds %1 of audio but the Space lasted %2; if it ended recently the replay may still be processing.</source>
        <translation>プレイリストの音声は %1 ですが、スペースの長さは %2 でした。終了したばかりなら、録音はまだ処理中の可能性があります。</translation>
    </message>
    <message>
        <source>%1 of %2 chunks are not beside the playlist (sequence %3).</source>
        <translation>%2 個中 %1 個のチャンクがプレイリストと同じ場所にありません（シーケンス %3）。</translation>
    </message>
    <message>
        <source>Skipped %1 stray bytes in %2 chunks (not audio).</source>
        <translation>%2 個のチャンクにある余分な %1 バイト（音声以外）をスキップしました。</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>キャンセルしました。ダウンロード済みのチャンクは残しています。</translation>
    </message>
</context>
<context>
    <name>spacetape::DownloadQueue</name>
    <message>
        <source>Could not save the download queue to %1: %2. The queue keeps working but will not survive a restart; check that the folder is writable and the disk has free space.</source>
        <translation>ダウンロードキューを %1 に保存できませんでした: %2。キューは引き続き動作しますが、再起動すると失われます。フォルダーが書き込み可能で、ディスクに空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>Interrupted — resume to continue</source>
        <translation>中断されました — 再開すると続きから始まります</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>キャンセルしました。ダウンロード済みのチャンクは残しています。</translation>
    </message>
    <message>
        <source>The host canceled this Space before it started.</source>
        <translation>ホストがこのスペースを開始前にキャンセルしました。</translation>
    </message>
    <message>
        <source>Saved “%1” to %2</source>
        <translation>「%1」を %2 に保存しました</translation>
    </message>
    <message>
        <source>Skipped: the file already exists</source>
        <translation>スキップ: ファイルはすでに存在します</translation>
    </message>
    <message>
        <source>“%1” was not downloaded: %2 already exists</source>
        <translation>「%1」はダウンロードされませんでした: %2 はすでに存在します</translation>
    </message>
    <message>
        <source>Saved with %1 chunks missing</source>
        <translation>%1 個のチャンクが欠けた状態で保存しました</translation>
    </message>
</context>
<context>
    <name>spacetape::EditTagsDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;hoose Image…</source>
        <translation>画像を選択(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Remove Cover</source>
        <translation>カバーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>タグの編集</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>アーティスト</translation>
    </message>
    <message>
        <source>Shown as the artist by players; Spacetape puts the host here</source>
        <translation>プレーヤーでアーティストとして表示されます。Spacetape はここにホストを入れます</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>日付あり</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>カバー</translation>
    </message>
    <message>
        <source>Embed a JPEG or PNG image as the cover</source>
        <translation>JPEG または PNG 画像をカバーとして埋め込む</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Artist:</source>
        <translation>アーティスト(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>コメント(&amp;O):</translation>
    </message>
    <message>
        <source>Cover:</source>
        <translation>カバー:</translation>
    </message>
    <message>
        <source>Reading the tags…</source>
        <translation>タグを読み込んでいます…</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>カバーなし</translation>
    </message>
    <message>
        <source>Choose a Cover Image</source>
        <translation>カバー画像を選択</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;All files (*)</source>
        <translation>画像 (*.jpg *.jpeg *.png *.webp *.gif *.bmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; pick a smaller image for the cover.</source>
        <translation>「%1」は %2 MB を超えています。カバーにはもっと小さい画像を選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image Spacetape can read; pick a JPEG or PNG file.</source>
        <translation>「%1」は Spacetape が読み込める画像ではありません。JPEG または PNG ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>spacetape::HostWatcher</name>
    <message>
        <source>user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>Watching hosts needs an X login: X only tells logged-in users who is live. Log in (Account → Log In…, or spacetape-cli login --cookies FILE); everything else keeps working as a guest.</source>
        <translation>ホストのウォッチには X へのログインが必要です。X は誰がライブ中かをログインしたユーザーにしか教えません。ログインしてください（アカウント → ログイン…、または spacetape-cli login --cookies FILE）。それ以外の機能はゲストのまま引き続き使えます。</translation>
    </message>
    <message>
        <source>“%1” is not an X handle or profile link: a handle is 1 to 15 letters, digits or underscores, like @name or https://x.com/name.</source>
        <translation>「%1」は X のハンドルでもプロフィールのリンクでもありません。ハンドルは 1〜15 文字の英数字またはアンダースコアです（例: @name や https://x.com/name）。</translation>
    </message>
    <message>
        <source>“%1” is a Space link, not a profile: to watch its host, give the host&apos;s @handle or profile link.</source>
        <translation>「%1」はスペースのリンクで、プロフィールではありません。ホストをウォッチするには、ホストの @ハンドルかプロフィールのリンクを指定してください。</translation>
    </message>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 はすでにウォッチしています。</translation>
    </message>
</context>
<context>
    <name>spacetape::LinkBar</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Paste Space links here (x.com/i/spaces/…), several at once</source>
        <translation>スペースのリンクをここに貼り付け（x.com/i/spaces/…）、複数可</translation>
    </message>
    <message>
        <source>Space links or IDs, separated by spaces or new lines. Enter adds them.</source>
        <translation>スペースのリンクまたは ID を空白か改行で区切って入力。Enter キーで追加します。</translation>
    </message>
    <message>
        <source>Space links</source>
        <translation>スペースのリンク</translation>
    </message>
    <message>
        <source>Add the links to the queue (Enter)</source>
        <translation>リンクをキューに追加（Enter）</translation>
    </message>
    <message>
        <source>Problem with the links</source>
        <translation>リンクの問題</translation>
    </message>
</context>
<context>
    <name>spacetape::LiveCapture</name>
    <message>
        <source>Could not create the chunk cache folder %1.</source>
        <translation>チャンクのキャッシュフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>playlist</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <source>The live stream has been gone for %1 while X still calls the Space live; saving what was recorded.</source>
        <translation>X ではまだライブ中とされていますが、ライブストリームが %1 の間途切れています。録音した分を保存します。</translation>
    </message>
    <message>
        <source>The host&apos;s stream is gone but X still calls the Space live: waiting for it to come back (%1 s at most)</source>
        <translation>ホストのストリームが途切れていますが、X ではまだライブ中とされています: 再開を待っています（最大 %1 秒）</translation>
    </message>
    <message>
        <source>X keeps no replay of this Space: saving what was recorded live.</source>
        <translation>X はこのスペースの録音を残しません。ライブで録音した分を保存します。</translation>
    </message>
    <message>
        <source>X did not publish the complete replay playlist within %1: saving what was recorded live.</source>
        <translation>X が %1 以内に録音の完全なプレイリストを公開しませんでした。ライブで録音した分を保存します。</translation>
    </message>
    <message>
        <source>The Space ended; waiting for X to publish its complete playlist (giving up in %1 s)</source>
        <translation>スペースが終了しました。X が完全なプレイリストを公開するのを待っています（%1 秒後に打ち切り）</translation>
    </message>
    <message>
        <source>The recording stopped.</source>
        <translation>録音が停止しました。</translation>
    </message>
    <message>
        <source>Nothing of this live Space could be recorded.</source>
        <translation>このライブ中のスペースは何も録音できませんでした。</translation>
    </message>
    <message>
        <source>The recording holds %1 of audio but the Space lasted %2.</source>
        <translation>録音された音声は %1 ですが、スペースの長さは %2 でした。</translation>
    </message>
    <message>
        <source>%1 of %2 chunks of the live recording are missing (sequence %3). The chunks already saved are kept: retry later, or allow gaps to save the rest.</source>
        <translation>ライブ録音の %2 個中 %1 個のチャンクが欠けています（シーケンス %3）。保存済みのチャンクは残しています。後で再試行するか、欠落を許可して残りを保存してください。</translation>
    </message>
    <message numerus="yes">
        <source>The recording has gaps: %n chunk(s) could not be recorded (sequence %1).</source>
        <translation>
            <numerusform>録音に欠落があります: %n 個のチャンクを録音できませんでした（シーケンス %1）。</numerusform>
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
        <translation>キュー内のダウンロードの状態別の数と、合計ダウンロード速度</translation>
    </message>
    <message>
        <source>&amp;Add Links from File…</source>
        <translation>ファイルからリンクを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add the Space links listed in a text file</source>
        <translation>テキストファイルに書かれたスペースのリンクを追加</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>リンクを貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Add the Space links on the clipboard</source>
        <translation>クリップボードのスペースのリンクを追加</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Output folder, file names, limits, network and notifications</source>
        <translation>保存先フォルダー、ファイル名、制限、ネットワーク、通知</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>ログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>Use your X login for Spaces that need one</source>
        <translation>ログインが必要なスペースに X のログインを使う</translation>
    </message>
    <message>
        <source>&amp;Watched Hosts…</source>
        <translation>ウォッチ中のホスト(&amp;W)…</translation>
    </message>
    <message>
        <source>Record every Space these hosts start, from its first second</source>
        <translation>これらのホストが始めるスペースをすべて最初の 1 秒から録音</translation>
    </message>
    <message>
        <source>&amp;About Spacetape</source>
        <translation>Spacetape について(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licenses</source>
        <translation>バージョンとライセンス</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Spacetape</source>
        <translation>Spacetape を終了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>キュー(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Spaces at once</source>
        <translation>同時に処理するスペース数</translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; changes apply at once</source>
        <translation>同時にダウンロードするスペースの数。変更はすぐに反映されます</translation>
    </message>
    <message>
        <source>Spaces at &amp;once:</source>
        <translation>同時処理数(&amp;O):</translation>
    </message>
    <message>
        <source>The clipboard holds no links.</source>
        <translation>クリップボードにリンクがありません。</translation>
    </message>
    <message>
        <source>Only .txt files with one link per line can be dropped; other files are ignored.</source>
        <translation>ドロップできるのは 1 行に 1 つのリンクを書いた .txt ファイルだけです。他のファイルは無視されます。</translation>
    </message>
    <message>
        <source>Added %1 Space</source>
        <translation>%1 件のスペースを追加しました</translation>
    </message>
    <message>
        <source>Added %1 Spaces</source>
        <translation>%1 件のスペースを追加しました</translation>
    </message>
    <message>
        <source>%1 already in the queue</source>
        <translation>%1 件はキューに登録済み</translation>
    </message>
    <message>
        <source>%1 ignored</source>
        <translation>%1 件を無視しました</translation>
    </message>
    <message>
        <source>Add Links from File</source>
        <translation>ファイルからリンクを追加</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 downloading</source>
        <translation>%1 件ダウンロード中</translation>
    </message>
    <message>
        <source>%1 recording live</source>
        <translation>%1 件ライブ録音中</translation>
    </message>
    <message>
        <source>%1 scheduled</source>
        <translation>%1 件予定</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 件待機中</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 件一時停止中</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 件完了</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation>接続を確認(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>spacetape::PlayerBar</name>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>ライブ(&amp;L)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Back 15 Seconds</source>
        <translation>15 秒戻る</translation>
    </message>
    <message>
        <source>Forward 15 Seconds</source>
        <translation>15 秒進む</translation>
    </message>
    <message>
        <source>Play or pause the preview (Space)</source>
        <translation>試聴を再生または一時停止（Space）</translation>
    </message>
    <message>
        <source>Back 15 seconds (Left)</source>
        <translation>15 秒戻る（←）</translation>
    </message>
    <message>
        <source>Forward 15 seconds (Right)</source>
        <translation>15 秒進む（→）</translation>
    </message>
    <message>
        <source>Position in the Space</source>
        <translation>スペース内の再生位置</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Save this Space: queue it, or move it to the top of the queue</source>
        <translation>このスペースを保存: キューに追加するか、キューの先頭へ移動します</translation>
    </message>
    <message>
        <source>Jump to what is being said now</source>
        <translation>今話されているところへ移動</translation>
    </message>
    <message>
        <source>Jump to the live edge</source>
        <translation>ライブの最新位置へ移動</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>In</source>
        <translation>始点</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>終点</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>クリップを保存</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>始点を設定</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>終点を設定</translation>
    </message>
    <message>
        <source>Mark the clip&apos;s start here</source>
        <translation>クリップの始点をここに設定</translation>
    </message>
    <message>
        <source>Start the clip at the current position (I)</source>
        <translation>現在の位置からクリップを始める（I）</translation>
    </message>
    <message>
        <source>Mark the clip&apos;s end here</source>
        <translation>クリップの終点をここに設定</translation>
    </message>
    <message>
        <source>End the clip at the current position (O)</source>
        <translation>現在の位置でクリップを終える（O）</translation>
    </message>
    <message>
        <source>Save the marked clip</source>
        <translation>設定したクリップを保存</translation>
    </message>
    <message>
        <source>Save only the part between In and Out; only the chunks it needs are downloaded</source>
        <translation>始点と終点の間だけを保存します。必要なチャンクだけがダウンロードされます</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>始点 %1</translation>
    </message>
    <message>
        <source>Out %1</source>
        <translation>終点 %1</translation>
    </message>
</context>
<context>
    <name>spacetape::PlaylistLoader</name>
    <message>
        <source>Could not read the playlist %1: it is not a regular file.</source>
        <translation>プレイリスト %1 を読み込めませんでした: 通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Could not read the playlist %1: %2.</source>
        <translation>プレイリスト %1 を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>The playlist %1 is larger than %2 MiB (limit kMaxPlaylistBytes); it is refused.</source>
        <translation>プレイリスト %1 は %2 MiB を超えているため、受け付けません（上限 kMaxPlaylistBytes）。</translation>
    </message>
    <message>
        <source>The playlist address “%1” is not an http(s) address.</source>
        <translation>プレイリストのアドレス「%1」は http(s) のアドレスではありません。</translation>
    </message>
    <message>
        <source>playlist</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>プレイリスト</translation>
    </message>
    <message>
        <source>Could not download the playlist: %1.</source>
        <translation>プレイリストをダウンロードできませんでした: %1。</translation>
    </message>
    <message>
        <source>The replay is not ready yet (the Space just ended) — next try in %1 s, giving up in %2 s</source>
        <translation>録音はまだ準備できていません（スペースが終了したばかりです）— 次の試行は %1 秒後、%2 秒後に打ち切ります</translation>
    </message>
    <message>
        <source>Could not download the playlist: the server&apos;s TLS certificate was refused (%1). The connection is not safe; check the computer&apos;s date and any proxy or antivirus that inspects HTTPS.</source>
        <translation>プレイリストをダウンロードできませんでした: サーバーの TLS 証明書が拒否されました（%1）。この接続は安全ではありません。コンピューターの日付と、HTTPS を検査するプロキシやウイルス対策ソフトを確認してください。</translation>
    </message>
    <message>
        <source>Could not download the playlist (%1). The link may have expired: resolve the Space again, or check your connection.</source>
        <translation>プレイリストをダウンロードできませんでした（%1）。リンクの期限が切れている可能性があります。スペースをもう一度検索するか、接続を確認してください。</translation>
    </message>
    <message>
        <source>The playlist lists no audio chunks; if the Space just ended, try again in a few minutes.</source>
        <translation>プレイリストに音声チャンクがありません。スペースが終了したばかりなら、数分後に再試行してください。</translation>
    </message>
    <message>
        <source>This Space is encrypted with %1, which Spacetape cannot decrypt yet.</source>
        <translation>このスペースは %1 で暗号化されており、Spacetape はまだ復号できません。</translation>
    </message>
    <message>
        <source>Could not get this encrypted Space&apos;s key (%1). It is for subscribers: log in with an account that can listen to it.</source>
        <translation>この暗号化されたスペースの暗号鍵を取得できませんでした（%1）。サブスクライバー向けのスペースです。聴く権限のあるアカウントでログインしてください。</translation>
    </message>
    <message>
        <source>%1 bytes instead of 16</source>
        <translation>16 バイトではなく %1 バイト</translation>
    </message>
    <message>
        <source>the key is not a regular file</source>
        <translation>暗号鍵が通常のファイルではありません</translation>
    </message>
    <message>
        <source>key</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>暗号鍵</translation>
    </message>
    <message>
        <source>the key server redirected to another host, which is never sent the login</source>
        <translation>鍵サーバーが別のホストにリダイレクトしました。そのホストにはログイン情報を送りません</translation>
    </message>
    <message>
        <source>The server is busy (HTTP %1) and asked to wait — next try in %2 s</source>
        <translation>サーバーが混雑しており（HTTP %1）、待機を求めています — 次の試行は %2 秒後です</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewController</name>
    <message>
        <source>This window cannot reach X to look up the Space, so only saved Spaces can be played.</source>
        <translation>このウィンドウは X に接続してスペースを検索できないため、保存済みのスペースのみ再生できます。</translation>
    </message>
    <message>
        <source>Looking up the Space…</source>
        <translation>スペースを検索しています…</translation>
    </message>
    <message>
        <source>The Space cannot be previewed: %1</source>
        <translation>このスペースは試聴できません: %1</translation>
    </message>
    <message>
        <source>This window has no network connection set up.</source>
        <translation>このウィンドウにはネットワーク接続が設定されていません。</translation>
    </message>
    <message>
        <source>Loading the playlist…</source>
        <translation>プレイリストを読み込んでいます…</translation>
    </message>
    <message>
        <source>“%1” is at the top of the queue.</source>
        <translation>「%1」はキューの先頭にあります。</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewPlayer</name>
    <message>
        <source>The saved file %1 is gone: it was moved or deleted.</source>
        <translation>保存したファイル %1 がありません。移動または削除されました。</translation>
    </message>
    <message>
        <source>The audio could not be played: %1</source>
        <translation>音声を再生できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewSession</name>
    <message>
        <source>The playlist lists no audio chunks to preview.</source>
        <translation>プレイリストに試聴できる音声チャンクがありません。</translation>
    </message>
</context>
<context>
    <name>spacetape::PreviewStream</name>
    <message>
        <source>Chunk %1 (at %2) was left out of the preview: %3</source>
        <translation>チャンク %1（%2 の位置）は試聴から除外されました: %3</translation>
    </message>
    <message>
        <source>it could not be downloaded: %1</source>
        <translation>ダウンロードできませんでした: %1</translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>チャンク %1</translation>
    </message>
</context>
<context>
    <name>spacetape::QueueModel</name>
    <message>
        <source>Scheduled for %1; Spacetape records it from its first second.</source>
        <translation>%1 に予定。Spacetape が最初の 1 秒から録音します。</translation>
    </message>
    <message>
        <source>%1 of %2 chunks</source>
        <translation>%1 / %2 チャンク</translation>
    </message>
    <message>
        <source>should have started %1 ago</source>
        <translation>%1 前に始まるはずでした</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>%1 後に開始</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>Scheduled (no start time announced)</source>
        <translation>予定（開始時刻未発表）</translation>
    </message>
    <message>
        <source>Recording live · %1 · catching up</source>
        <translation>ライブ録音中 · %1 · 追いつき中</translation>
    </message>
    <message>
        <source>Recording live · %1</source>
        <translation>ライブ録音中 · %1</translation>
    </message>
    <message>
        <source>Host disconnected · still recording</source>
        <translation>ホストが切断 · 録音を継続中</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>仕上げ中</translation>
    </message>
    <message>
        <source>Finishing: %1</source>
        <translation>仕上げ中: %1</translation>
    </message>
    <message>
        <source>Did not start</source>
        <translation>開始されませんでした</translation>
    </message>
    <message>
        <source>Canceled by the host</source>
        <translation>ホストにより中止</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>Size of the saved file, or downloaded so far</source>
        <translation>保存したファイルのサイズ、またはここまでのダウンロード量</translation>
    </message>
    <message>
        <source>Length of the Space</source>
        <translation>スペースの長さ</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>推定残り時間</translation>
    </message>
    <message>
        <source>When the Space was added to the queue</source>
        <translation>スペースをキューに追加した日時</translation>
    </message>
    <message>
        <source>Click to sort; click a third time for queue order</source>
        <translation>クリックで並べ替え。3 回目のクリックでキューの順に戻ります</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>RateLimited</source>
        <translation>レート制限中</translation>
    </message>
    <message>
        <source>Muxing</source>
        <translation>結合中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>予定: %1</translation>
    </message>
</context>
<context>
    <name>spacetape::QueueView</name>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected downloads now</source>
        <translation>選択したダウンロードを今すぐ開始</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected downloads</source>
        <translation>選択したダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation>選択したダウンロードを再開</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the selected downloads (chunks on disk are kept for a retry)</source>
        <translation>選択したダウンロードを停止（ディスク上のチャンクは再試行用に残ります）</translation>
    </message>
    <message>
        <source>Ctrl+Backspace</source>
        <translation>Ctrl+Backspace</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try the selected failed or canceled downloads again (the stream is looked up afresh)</source>
        <translation>失敗またはキャンセルした選択中のダウンロードを再試行（ストリームを改めて検索します）</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the queue</source>
        <translation>選択したダウンロードをキューから削除</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the saved file with the default player</source>
        <translation>保存したファイルを既定のプレーヤーで開く</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>フォルダーに表示(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder holding the saved file</source>
        <translation>保存したファイルのあるフォルダーを開く</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the links of the selected Spaces</source>
        <translation>選択したスペースのリンクをコピー</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>試聴(&amp;V)</translation>
    </message>
    <message>
        <source>Listen to the selected Space before saving it (saved ones play from the file)</source>
        <translation>選択したスペースを保存前に聴く（保存済みのものはファイルから再生）</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation>キュー内で上へ移動</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation>キュー内で下へ移動</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Move to &amp;Top</source>
        <translation>先頭へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Move to the top of the queue (downloads next)</source>
        <translation>キューの先頭へ移動（次にダウンロード）</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>Move to &amp;Bottom</source>
        <translation>末尾へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>Move to the bottom of the queue</source>
        <translation>キューの末尾へ移動</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>Download queue</source>
        <translation>ダウンロードキュー</translation>
    </message>
    <message>
        <source>Scheduled: starts in 2 h 10 min</source>
        <translation>予定: 2 時間 10 分後に開始</translation>
    </message>
    <message>
        <source>Remove Downloads</source>
        <translation>ダウンロードを削除</translation>
    </message>
    <message>
        <source>Remove %1 download from the queue?</source>
        <translation>%1 件のダウンロードをキューから削除しますか?</translation>
    </message>
    <message>
        <source>Remove %1 downloads from the queue?</source>
        <translation>%1 件のダウンロードをキューから削除しますか?</translation>
    </message>
    <message>
        <source>Downloads that are not finished are stopped.</source>
        <translation>完了していないダウンロードは停止されます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Also &amp;delete the saved files</source>
        <translation>保存したファイルも削除する(&amp;D)</translation>
    </message>
    <message>
        <source>Removed %1 download</source>
        <translation>%1 件のダウンロードを削除しました</translation>
    </message>
    <message>
        <source>Removed %1 downloads</source>
        <translation>%1 件のダウンロードを削除しました</translation>
    </message>
    <message>
        <source>Could not open %1: no application is set up for .m4a files.</source>
        <translation>%1 を開けませんでした: .m4a ファイル用のアプリケーションが設定されていません。</translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>フォルダー %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>Copied %1 link</source>
        <translation>%1 件のリンクをコピーしました</translation>
    </message>
    <message>
        <source>Copied %1 links</source>
        <translation>%1 件のリンクをコピーしました</translation>
    </message>
</context>
<context>
    <name>spacetape::ScheduledSpaceWaiter</name>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>The “%1” was scheduled for %2 but did not start within %3; stopped waiting. Retry to wait again.</source>
        <translation>スペース「%1」は %2 に予定されていましたが、%3 以内に始まらなかったため待機を終了しました。もう一度待つには「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>The Space %1 was scheduled for %2 but did not start within %3; stopped waiting. Retry to wait again.</source>
        <translation>スペース %1 は %2 に予定されていましたが、%3 以内に始まらなかったため待機を終了しました。もう一度待つには「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>The “%1” did not start within %2; stopped waiting. Retry to wait again.</source>
        <translation>スペース「%1」は %2 以内に始まらなかったため、待機を終了しました。もう一度待つには「再試行」を選んでください。</translation>
    </message>
    <message>
        <source>The Space %1 did not start within %2; stopped waiting. Retry to wait again.</source>
        <translation>スペース %1 は %2 以内に始まらなかったため、待機を終了しました。もう一度待つには「再試行」を選んでください。</translation>
    </message>
</context>
<context>
    <name>spacetape::SectionJob</name>
    <message>
        <source>Could not create the chunk cache folder %1.</source>
        <translation>チャンクのキャッシュフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>%1 chunks of this section could not be downloaded (sequence %2); the chunks already saved are kept: try again later.</source>
        <translation>この区間の %1 個のチャンクをダウンロードできませんでした（シーケンス %2）。保存済みのチャンクは残しています。後で再試行してください。</translation>
    </message>
    <message>
        <source>The audio format changes at chunk %1; Spacetape cannot join these into one file.</source>
        <translation>チャンク %1 で音声形式が変わっています。Spacetape はこれらを 1 つのファイルに結合できません。</translation>
    </message>
    <message>
        <source>Could not create the output folder %1.</source>
        <translation>保存先フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Canceled; the chunks already downloaded are kept.</source>
        <translation>キャンセルしました。ダウンロード済みのチャンクは残しています。</translation>
    </message>
    <message>
        <source>chunk %1</source>
        <translation>チャンク %1</translation>
    </message>
</context>
<context>
    <name>spacetape::SegmentFetcher</name>
    <message>
        <source>No folder was set to keep the downloaded chunks in.</source>
        <translation>ダウンロードしたチャンクを保存するフォルダーが設定されていません。</translation>
    </message>
    <message>
        <source>Could not create the chunk folder %1. Check that the disk is writable and has free space.</source>
        <translation>チャンク用フォルダー %1 を作成できませんでした。ディスクが書き込み可能で空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>The download was cancelled; %1 of %2 chunks were saved and will not be downloaded again.</source>
        <translation>ダウンロードはキャンセルされました。%2 個中 %1 個のチャンクは保存済みで、再ダウンロードされません。</translation>
    </message>
    <message>
        <source>Could not write to the chunk folder %1: %2. Check that the disk is writable and has free space.</source>
        <translation>チャンク用フォルダー %1 に書き込めませんでした: %2。ディスクが書き込み可能で空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>Could not save chunk %1 in %2: %3. Free some disk space and try again.</source>
        <translation>チャンク %1 を %2 に保存できませんでした: %3。ディスクの空き容量を増やして再試行してください。</translation>
    </message>
    <message>
        <source>the server took longer than %1 s</source>
        <translation>サーバーの応答が %1 秒を超えました</translation>
    </message>
    <message>
        <source>the server sent %1 bytes but announced %2</source>
        <translation>サーバーが送ったのは %1 バイトですが、予告は %2 でした</translation>
    </message>
    <message>
        <source>the server sent an empty chunk</source>
        <translation>サーバーが空のチャンクを送りました</translation>
    </message>
    <message>
        <source>Could not save chunk %1 as %2. Check that the disk is writable.</source>
        <translation>チャンク %1 を %2 として保存できませんでした。ディスクが書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>the connection broke after %1 bytes (%2)</source>
        <translation>%1 バイト後に接続が切れました（%2）</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>%1 秒間データが届きませんでした</translation>
    </message>
    <message>
        <source>%1 of %2 chunks could not be downloaded (sequence %3): %4. If X has not finished publishing the replay, try again in a few minutes; otherwise these parts of the recording are missing on X&apos;s side.</source>
        <translation>%2 個中 %1 個のチャンクをダウンロードできませんでした（シーケンス %3）: %4。X が録音の公開を終えていない場合は数分後に再試行してください。そうでなければ、録音のこれらの部分は X 側で欠けています。</translation>
    </message>
    <message>
        <source>its address is not an http(s) address</source>
        <translation>アドレスが http(s) ではありません</translation>
    </message>
    <message>
        <source>the server sent more than the %1 bytes it announced</source>
        <translation>サーバーが予告した %1 バイトを超えて送信しました</translation>
    </message>
    <message>
        <source>the chunk is larger than %1 MiB, far more than a real one, so Spacetape stopped downloading it; the server may be faulty: try again later</source>
        <translation>チャンクが %1 MiB を超えており、本物よりはるかに大きいため、Spacetape はダウンロードを中止しました。サーバーに問題がある可能性があります。後で再試行してください</translation>
    </message>
</context>
<context>
    <name>spacetape::SettingsDialog</name>
    <message>
        <source>Spacetape Settings</source>
        <translation>Spacetape の設定</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The folder finished Spaces are saved in.</source>
        <translation>完了したスペースを保存するフォルダー。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>保存先(&amp;I):</translation>
    </message>
    <message>
        <source>How saved files are named. Use “/” to sort Spaces into folders, e.g. {host}/{date} {title}.</source>
        <translation>保存ファイルの名前の付け方。「/」でスペースをフォルダーに分けられます（例: {host}/{date} {title}）。</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>Insert %1: %2</source>
        <translation>%1 を挿入: %2</translation>
    </message>
    <message>
        <source>The name a Space titled “%1” would get.</source>
        <translation>「%1」というタイトルのスペースに付く名前。</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Keep both: save as “name (2)”</source>
        <translation>両方残す:「名前 (2)」として保存</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>既存のファイルを置き換える</translation>
    </message>
    <message>
        <source>Skip the download</source>
        <translation>ダウンロードをスキップ</translation>
    </message>
    <message>
        <source>If the file &amp;exists:</source>
        <translation>ファイルが存在する場合(&amp;E):</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>How many Spaces download at the same time; the rest wait.</source>
        <translation>同時にダウンロードするスペースの数。残りは待機します。</translation>
    </message>
    <message>
        <source>&amp;Spaces at once:</source>
        <translation>同時処理数(&amp;S):</translation>
    </message>
    <message>
        <source>Parallel requests per Space. More is faster on a good connection; lower it if the server starts refusing.</source>
        <translation>スペースごとの並列リクエスト数。良い回線では多いほど速くなります。サーバーが拒否し始めたら減らしてください。</translation>
    </message>
    <message>
        <source>&amp;Chunks in flight per Space:</source>
        <translation>スペースごとの同時チャンク数(&amp;C):</translation>
    </message>
    <message>
        <source>Use the system settings</source>
        <translation>システムの設定を使う</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>e.g. proxy.example.org:3128 or socks5://127.0.0.1:9050</source>
        <translation>例: proxy.example.org:3128 または socks5://127.0.0.1:9050</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>Only when the window is in the background</source>
        <translation>ウィンドウが背面にあるときだけ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>When to show a notification as a download finishes or fails.</source>
        <translation>ダウンロードの完了時や失敗時に通知を表示するタイミング。</translation>
    </message>
    <message>
        <source>N&amp;otify:</source>
        <translation>通知(&amp;O):</translation>
    </message>
    <message>
        <source>Closing the window keeps Spacetape running in the &amp;tray</source>
        <translation>ウィンドウを閉じても Spacetape をシステムトレイで実行し続ける(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard for Space links (never starts a download)</source>
        <translation>クリップボードのスペースのリンクを監視する（ダウンロードは開始しません）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Ask before adding a copied link</source>
        <translation>コピーしたリンクを追加する前に確認する(&amp;A)</translation>
    </message>
    <message>
        <source>Otherwise a copied link only fills the link bar.</source>
        <translation>確認しない場合、コピーしたリンクはリンクバーに入るだけです。</translation>
    </message>
    <message>
        <source>Save Spaces in</source>
        <translation>スペースの保存先</translation>
    </message>
    <message>
        <source>&amp;Keep speakers and chat: chapters in the file, chat and captions beside it</source>
        <translation>スピーカーとチャットを残す: チャプターはファイル内に、チャットとキャプションはその隣に(&amp;K)</translation>
    </message>
    <message>
        <source>Saves NAME.space.json (who spoke when, the chat) and NAME.vtt (chat and captions as subtitles) next to each Space.</source>
        <translation>各スペースの隣に NAME.space.json（誰がいつ話したか、チャット）と NAME.vtt（チャットとキャプションを字幕として）を保存します。</translation>
    </message>
</context>
<context>
    <name>spacetape::SleepInhibitor</name>
    <message>
        <source>Downloading X Spaces</source>
        <translation>X のスペースをダウンロード中</translation>
    </message>
</context>
<context>
    <name>spacetape::SpaceRequestBuilder</name>
    <message>
        <source>X Space hosted by %1 (@%2).</source>
        <translation>%1（@%2）がホストする X のスペース。</translation>
    </message>
    <message>
        <source>X Space hosted by %1 (@%2). Speakers: %3.</source>
        <translation>%1（@%2）がホストする X のスペース。スピーカー: %3。</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>スピーカー: %1</translation>
    </message>
    <message>
        <source>cover picture</source>
        <extracomment>the download named in &quot;the %1 is larger than ...&quot;</extracomment>
        <translation>カバー画像</translation>
    </message>
</context>
<context>
    <name>spacetape::TrayIcon</name>
    <message>
        <source>Show Spacetape</source>
        <translation>Spacetape を表示</translation>
    </message>
    <message>
        <source>Pause All</source>
        <translation>すべて一時停止</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>すべて再開</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message numerus="yes">
        <source>%n downloading</source>
        <translation>
            <numerusform>%n 件ダウンロード中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 件待機中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% 完了</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Hide Spacetape</source>
        <translation>Spacetape を隠す</translation>
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
        <translation>なし</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 前</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>ログイン(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Watched Hosts</source>
        <translation>ウォッチ中のホスト</translation>
    </message>
    <message>
        <source>Spacetape checks these hosts about once a minute. When one goes live, the Space is queued and recorded from its first second, even if you are away.</source>
        <translation>Spacetape はこれらのホストを約 1 分ごとに確認します。ライブが始まると、不在時でもスペースをキューに追加して最初の 1 秒から録音します。</translation>
    </message>
    <message>
        <source>@handle, profile link or user ID</source>
        <translation>@ハンドル、プロフィールのリンク、またはユーザー ID</translation>
    </message>
    <message>
        <source>Host to watch</source>
        <translation>ウォッチするホスト</translation>
    </message>
    <message>
        <source>Watched hosts</source>
        <translation>ウォッチ中のホスト</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Last Space found</source>
        <translation>最後に見つけたスペース</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>User ID not looked up yet</source>
        <translation>ユーザー ID は未検索</translation>
    </message>
    <message>
        <source>User ID %1</source>
        <translation>ユーザー ID %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>ウォッチ中</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>ウォッチしていません</translation>
    </message>
    <message>
        <source>Waiting for a login</source>
        <translation>ログイン待ち</translation>
    </message>
</context>
<context>
    <name>spacetape::XApiClient</name>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited; it resets in %1).</source>
        <translation>X は現在、新しいゲストセッションを拒否しています（HTTP 429、レート制限。%1 後に解除されます）。</translation>
    </message>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited; it resets in %1, at %2). Log in with your X cookies, or try again then.</source>
        <translation>X は現在、新しいゲストセッションを拒否しています（HTTP 429、レート制限。%1 後の %2 に解除されます）。X の Cookie でログインするか、その時刻に再試行してください。</translation>
    </message>
    <message>
        <source>X refuses new guest sessions for now (HTTP 429, rate limited) and asks to wait %1, until %2 — longer than Spacetape waits (%3). Log in with your X cookies, or try again after %2.</source>
        <translation>X は現在、新しいゲストセッションを拒否しており（HTTP 429、レート制限）、%2 まで %1 待つよう求めています。これは Spacetape の待機時間（%3）より長いです。X の Cookie でログインするか、%2 以降に再試行してください。</translation>
    </message>
    <message>
        <source>X limits new guest sessions</source>
        <translation>X が新しいゲストセッションを制限しています</translation>
    </message>
    <message>
        <source>X refused a guest session (HTTP %1%2). Log in with your X cookies, or try again later.</source>
        <translation>X がゲストセッションを拒否しました（HTTP %1%2）。X の Cookie でログインするか、後で再試行してください。</translation>
    </message>
    <message>
        <source>X&apos;s rate limit is spent (HTTP %1) and resets in %2, at %3 — longer than Spacetape waits (%4). Try again then%5.</source>
        <translation>X のレート制限に達しました（HTTP %1）。解除は %2 後の %3 で、Spacetape の待機時間（%4）より長いです。その時刻に再試行してください%5。</translation>
    </message>
    <message>
        <source>, or log in with your X cookies</source>
        <translation>（または X の Cookie でログインしてください）</translation>
    </message>
    <message>
        <source>Rate limited by X</source>
        <translation>X によるレート制限</translation>
    </message>
    <message>
        <source>X refused its guest tokens even after a fresh one (HTTP 403, code 239). Log in with your X cookies, or try again later.</source>
        <translation>X は新しいゲストトークンを取得した後もそれを拒否しました（HTTP 403、コード 239）。X の Cookie でログインするか、後で再試行してください。</translation>
    </message>
    <message>
        <source>X gives this Space&apos;s audio stream to logged-in listeners only (HTTP 403). Log in with your X cookies and try again.</source>
        <translation>X はこのスペースの音声ストリームをログインしたリスナーにしか提供しません（HTTP 403）。X の Cookie でログインしてから再試行してください。</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>ログイン済み</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>X&apos;s rate limit for %1 is spent (HTTP %2); it resets in %3.</source>
        <translation>%1 に対する X のレート制限に達しました（HTTP %2）。%3 後に解除されます。</translation>
    </message>
    <message>
        <source>X answered HTTP %1 to %2.</source>
        <translation>X は %2 に HTTP %1 で応答しました。</translation>
    </message>
    <message>
        <source>answer from X</source>
        <translation>X からの応答</translation>
    </message>
    <message>
        <source>%1 — retrying in %2</source>
        <translation>%1 — %2 後に再試行</translation>
    </message>
    <message>
        <source>X did not accept any known way to look up this Space (%1). X may have changed its API: update Spacetape, or try again later.</source>
        <translation>X は、このスペースを検索する既知の方法をどれも受け付けませんでした（%1）。X が API を変更した可能性があります。Spacetape を更新するか、後で再試行してください。</translation>
    </message>
    <message>
        <source>Looking for X&apos;s current AudioSpaceById queryId in its web app</source>
        <translation>X の Web アプリで現在の AudioSpaceById の queryId を探しています</translation>
    </message>
    <message>
        <source>the web app&apos;s audio module was not found on %1</source>
        <translation>%1 で Web アプリの音声モジュールが見つかりませんでした</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 の応答: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the audio module declares no AudioSpaceById</source>
        <translation>音声モジュールに AudioSpaceById の宣言がありません</translation>
    </message>
    <message>
        <source>Discovered queryId %1</source>
        <translation>queryId %1 を検出しました</translation>
    </message>
    <message>
        <source>X answered with the details of another Space (“%1” instead of %2); the answer is refused.</source>
        <translation>X が別のスペースの詳細を返しました（%2 ではなく「%1」）。この応答は受け付けません。</translation>
    </message>
    <message>
        <source>HTTP %1 %2 with queryId %3</source>
        <translation>HTTP %1（%2、queryId %3）</translation>
    </message>
    <message>
        <source>X refused access to this Space (HTTP 403): it is private or not available for replay. If your account can listen to it, log in.</source>
        <translation>X がこのスペースへのアクセスを拒否しました（HTTP 403）。非公開か、録音が公開されていません。お使いのアカウントで聴ける場合は、ログインしてください。</translation>
    </message>
    <message>
        <source>X refused the request (HTTP 401). Log in with your X cookies and try again.</source>
        <translation>X がリクエストを拒否しました（HTTP 401）。X の Cookie でログインしてから再試行してください。</translation>
    </message>
    <message>
        <source>X answered HTTP %1 for this Space; try again later.</source>
        <translation>X はこのスペースについて HTTP %1 を返しました。後で再試行してください。</translation>
    </message>
    <message>
        <source>X did not give the Space&apos;s audio stream (HTTP %1). Try again later.</source>
        <translation>X はスペースの音声ストリームを提供しませんでした（HTTP %1）。後で再試行してください。</translation>
    </message>
    <message>
        <source>This is a video Space; saving video Spaces is not supported yet.</source>
        <translation>これはビデオのスペースです。ビデオのスペースの保存にはまだ対応していません。</translation>
    </message>
    <message>
        <source>the lookup of @%1</source>
        <translation>@%1 の検索</translation>
    </message>
    <message>
        <source>X takes at most %1 users per live check, not %2.</source>
        <translation>X が 1 回のライブ確認で受け付けるユーザーは最大 %1 人です（%2 人は多すぎます）。</translation>
    </message>
    <message>
        <source>Checking whether hosts are live needs an X login.</source>
        <translation>ホストがライブ中かどうかを確認するには X へのログインが必要です。</translation>
    </message>
    <message>
        <source>X refused your login (HTTP 401) when checking live hosts; log in again.</source>
        <translation>ライブ中のホストの確認で X がログインを拒否しました（HTTP 401）。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>the live-hosts check</source>
        <translation>ライブ中のホストの確認</translation>
    </message>
    <message>
        <source>Could not reach X for %1: %2.</source>
        <translation>%1 のために X に接続できませんでした: %2。</translation>
    </message>
    <message>
        <source>X answered HTTP %1 to %2: %3.</source>
        <translation>X は %2 に HTTP %1 で応答しました: %3。</translation>
    </message>
    <message>
        <source>Could not reach X to start a guest session: %1. Check your connection or proxy settings.</source>
        <translation>ゲストセッションを開始するために X に接続できませんでした: %1。接続またはプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>Could not reach X: %1. Check your connection or proxy settings.</source>
        <translation>X に接続できませんでした: %1。接続またはプロキシの設定を確認してください。</translation>
    </message>
</context>
<context>
    <name>spacetape::extras::ChatClient</name>
    <message>
        <source>X gave no chat token for this Space, so its chat cannot be read.</source>
        <translation>X がこのスペースのチャットトークンを返さなかったため、チャットを読み込めません。</translation>
    </message>
    <message>
        <source>chat service&apos;s answer</source>
        <translation>チャットサービスの応答</translation>
    </message>
    <message>
        <source>the chat service could not be reached (%1)</source>
        <translation>チャットサービスに接続できませんでした（%1）</translation>
    </message>
    <message>
        <source>the chat service answered HTTP %1</source>
        <translation>チャットサービスの応答: HTTP %1</translation>
    </message>
    <message>
        <source>the chat service answered HTTP %1: “%2”</source>
        <translation>チャットサービスの応答: HTTP %1:「%2」</translation>
    </message>
    <message>
        <source>The chat could not be opened: %1.</source>
        <translation>チャットを開けませんでした: %1。</translation>
    </message>
    <message>
        <source>The chat could not be opened: its answer could not be read (%1).</source>
        <translation>チャットを開けませんでした: 応答を読み取れませんでした（%1）。</translation>
    </message>
    <message>
        <source>The chat could not be opened: the chat service gave no usable access token.</source>
        <translation>チャットを開けませんでした: チャットサービスが使用できるアクセストークンを返しませんでした。</translation>
    </message>
    <message>
        <source>The chat could not be opened: the chat service named “%1”, which is not an https address, so it is not used.</source>
        <translation>チャットを開けませんでした: チャットサービスが指定した「%1」は https のアドレスではないため、使用しません。</translation>
    </message>
    <message>
        <source>The chat could not be read to its end within %1 s (limit kChatHistoryDeadlineMs).</source>
        <translation>%1 秒以内にチャットを最後まで読み込めませんでした（上限 kChatHistoryDeadlineMs）。</translation>
    </message>
    <message>
        <source>The chat could not be read: %1.</source>
        <translation>チャットを読み込めませんでした: %1。</translation>
    </message>
</context>
<context>
    <name>spacetape::extras::ExtrasRecorder</name>
    <message>
        <source>The chat was not saved completely: %1</source>
        <translation>チャットを完全には保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The speakers and chat were not saved next to the audio: %1</source>
        <translation>スピーカーとチャットを音声の隣に保存できませんでした: %1</translation>
    </message>
</context>
</TS>
