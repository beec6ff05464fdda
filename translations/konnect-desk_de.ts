<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AxisTicks</name>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
</context>
<context>
    <name>CacheItem</name>
    <message>
        <source>Managed Redis, tier %1</source>
        <translation>Verwaltetes Redis, Stufe %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Managed cache: %1</source>
        <translation>Verwalteter Cache: %1</translation>
    </message>
    <message>
        <source>No managed cache</source>
        <translation>Kein verwalteter Cache</translation>
    </message>
</context>
<context>
    <name>NetworkRules</name>
    <message>
        <source>/%1 is not an IPv4 prefix (they end at /32): Konnect takes /%2 down to /%3, such as 10.0.0.0/16.</source>
        <translation>/%1 ist kein IPv4-Präfix (diese enden bei /32): Konnect akzeptiert /%2 bis /%3, etwa 10.0.0.0/16.</translation>
    </message>
    <message>
        <source>The CIDR block is an IPv4 range with a prefix, such as 10.0.0.0/16.</source>
        <translation>Der CIDR-Block ist ein IPv4-Bereich mit Präfix, etwa 10.0.0.0/16.</translation>
    </message>
    <message>
        <source>/%1 is outside the prefixes Konnect accepts here: use /%2 to /%3.</source>
        <translation>/%1 liegt außerhalb der Präfixe, die Konnect hier akzeptiert: Verwenden Sie /%2 bis /%3.</translation>
    </message>
    <message>
        <source>%1 has host bits set: the block starts at %2.</source>
        <translation>In %1 sind Host-Bits gesetzt: Der Block beginnt bei %2.</translation>
    </message>
    <message>
        <source>%1 is not in a range %2 supports: use one inside %3.</source>
        <translation>%1 liegt in keinem Bereich, den %2 unterstützt: Verwenden Sie einen innerhalb von %3.</translation>
    </message>
    <message>
        <source>%1 overlaps %2, which Konnect reserves in %3.</source>
        <translation>%1 überschneidet sich mit %2, den Konnect in %3 reserviert.</translation>
    </message>
</context>
<context>
    <name>OverlayValues</name>
    <message>
        <source>p95 %1 ms · err %2 %</source>
        <translation>p95 %1 ms · Fehler %2 %</translation>
    </message>
    <message>
        <source>mem %1 %</source>
        <translation>Speicher %1 %</translation>
    </message>
    <message>
        <source>p95 ≤ %1 ms · err ≤ %2 %</source>
        <translation>p95 ≤ %1 ms · Fehler ≤ %2 %</translation>
    </message>
</context>
<context>
    <name>PlaneItem</name>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n Data-Plane-Gruppe</numerusform>
            <numerusform>%n Data-Plane-Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a managed cache</source>
        <translation>Hat einen verwalteten Cache</translation>
    </message>
    <message>
        <source>No managed cache</source>
        <translation>Kein verwalteter Cache</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>in error: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n plugin(s) use a managed cache that is in another region</source>
        <translation>
            <numerusform>%n Plugin nutzt einen verwalteten Cache in einer anderen Region</numerusform>
            <numerusform>%n Plugins nutzen einen verwalteten Cache in einer anderen Region</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>memory used</source>
        <translation>Speicher belegt</translation>
    </message>
    <message>
        <source>evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>expirations</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>operations/min</source>
        <translation>Operationen/min</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
</context>
<context>
    <name>RegionItem</name>
    <message>
        <source>Location not in the region table; placed by its name.</source>
        <translation>Ort nicht in der Regionstabelle; nach seinem Namen platziert.</translation>
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n Data-Plane-Gruppe</numerusform>
            <numerusform>%n Data-Plane-Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed caches</source>
        <translation>
            <numerusform>%n verwalteter Cache</numerusform>
            <numerusform>%n verwaltete Caches</numerusform>
        </translation>
    </message>
    <message>
        <source>groups here have problems; zoom in</source>
        <translation>Gruppen hier haben Probleme; vergrößern Sie die Ansicht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every table pane</source>
        <translation>Alle Tabellenbereiche</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Gewählte Zeile bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Gewählte Zeile löschen</translation>
    </message>
    <message>
        <source>Refresh from Konnect</source>
        <translation>Aus Konnect aktualisieren</translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>The selected row's actions</source>
        <translation>Aktionen der gewählten Zeile</translation>
    </message>
    <message>
        <source>Next control (out of the table)</source>
        <translation>Nächstes Bedienelement (aus der Tabelle heraus)</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>Expand every cloud and region</source>
        <translation>Alle Clouds und Regionen ausklappen</translation>
    </message>
    <message>
        <source>Show the group's control plane</source>
        <translation>Control Plane der Gruppe anzeigen</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Enable or disable the plugin</source>
        <translation>Plugin aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Copy the call as curl (without the token)</source>
        <translation>Aufruf als curl kopieren (ohne Token)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Command palette: find any entity or action</source>
        <translation>Befehlspalette: jedes Objekt und jede Aktion finden</translation>
    </message>
    <message>
        <source>Go to the first to ninth pane</source>
        <translation>Zum ersten bis neunten Bereich</translation>
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation>Navigator ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Export as code</source>
        <translation>Als Code exportieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>SiteItem</name>
    <message numerus="yes">
        <source>%n control planes</source>
        <translation>
            <numerusform>%n Control Plane</numerusform>
            <numerusform>%n Control Planes</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect %1 geo</source>
        <translation>Konnect-Geo %1</translation>
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Konnect Desk</source>
        <translation>Über Konnect Desk</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Konnect Desk %1&lt;/h2&gt;&lt;p&gt;Desktop administration for Kong Konnect Dedicated Cloud Gateways and Konnect-managed Redis caches across AWS, Azure and Google Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3). TLS: %4.&lt;/p&gt;&lt;p&gt;Konnect Desk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt Core, Gui, Widgets, Network, Sql, Svg, Concurrent: LGPL 3.0&lt;/li&gt;&lt;li&gt;Qt Charts, Qt HTTP Server: GPL 3.0&lt;/li&gt;&lt;li&gt;QCoro: MIT licence&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-clause licence&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;Natural Earth map data: public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Kong and Konnect are trademarks of Kong Inc. This project is not affiliated with Kong Inc.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Konnect Desk %1&lt;/h2&gt;&lt;p&gt;Desktop-Verwaltung für Kong Konnect Dedicated Cloud Gateways und von Konnect verwaltete Redis-Caches in AWS, Azure und Google Cloud.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3). TLS: %4.&lt;/p&gt;&lt;p&gt;Konnect Desk ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;h3&gt;Software Dritter&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt Core, Gui, Widgets, Network, Sql, Svg, Concurrent: LGPL 3.0&lt;/li&gt;&lt;li&gt;Qt Charts, Qt HTTP Server: GPL 3.0&lt;/li&gt;&lt;li&gt;QCoro: MIT-Lizenz&lt;/li&gt;&lt;li&gt;QtKeychain: BSD-Lizenz (3 Klauseln)&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;Kartendaten von Natural Earth: gemeinfrei&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Kong und Konnect sind Marken von Kong Inc. Dieses Projekt steht in keiner Verbindung zu Kong Inc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Geo</source>
        <translation>Geo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation>Trace-ID</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kd::ActivityPane</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command. The token is left out: curl reads it from $KONNECT_TOKEN.</source>
        <translation>Den gewählten Aufruf als curl-Befehl kopieren. Das Token fehlt darin: curl liest es aus $KONNECT_TOKEN.</translation>
    </message>
    <message>
        <source>Filter calls: path, status, geo, trace id…</source>
        <translation>Aufrufe filtern: Pfad, Status, Geo, Trace-ID…</translation>
    </message>
    <message>
        <source>Every request the app makes to Konnect, newest last. Tokens are never recorded.</source>
        <translation>Jede Anfrage der App an Konnect, neueste zuletzt. Tokens werden nie aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as curl. Set KONNECT_TOKEN before running it.</source>
        <translation>Als curl kopiert. Setzen Sie KONNECT_TOKEN, bevor Sie ihn ausführen.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>kd::AdvisorPane</name>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Filter: rule, entity, why…</source>
        <translation>Filter: Regel, Objekt, Begründung…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Which control planes apply authentication, rate limits and AI policies, and at what scope. Select a gap to add the policy.</source>
        <translation>Welche Control Planes Authentifizierung, Rate-Limits und KI-Richtlinien anwenden, und in welchem Geltungsbereich. Wählen Sie eine Lücke, um die Richtlinie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No findings: the fleet follows every rule the advisor knows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Befunde: Die Flotte befolgt jede Regel, die der Berater kennt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it names and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Befund, um zu sehen, was er betrifft und wie er sich beheben lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>Akzeptiert:</translation>
    </message>
    <message>
        <source>The plugin is gone; refresh to see the fleet as it is.</source>
        <translation>Das Plugin ist nicht mehr vorhanden; aktualisieren Sie, um den aktuellen Stand der Flotte zu sehen.</translation>
    </message>
    <message>
        <source>The plugin %1 will count in the managed cache: it links the konnect-managed partial, uses the Redis strategy and drops the inline Redis settings the partial replaces. This is sent:</source>
        <translation>Das Plugin %1 zählt künftig im verwalteten Cache: Es verknüpft das Partial konnect-managed, verwendet die Redis-Strategie und entfernt die eingebetteten Redis-Einstellungen, die das Partial ersetzt. Gesendet wird:</translation>
    </message>
    <message>
        <source>%1 now uses the managed cache.</source>
        <translation>%1 verwendet jetzt den verwalteten Cache.</translation>
    </message>
    <message>
        <source>The cache is gone; refresh to see the fleet as it is.</source>
        <translation>Der Cache ist nicht mehr vorhanden; aktualisieren Sie, um den aktuellen Stand der Flotte zu sehen.</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3. Konnect resizes at once and keeps the data, with interruptions of a few seconds; tiers cannot be lowered again. This is sent:</source>
        <translation>%1 wechselt von %2 zu %3. Konnect ändert die Größe sofort und behält die Daten, mit Unterbrechungen von wenigen Sekunden; Stufen lassen sich nicht wieder senken. Gesendet wird:</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Accept the finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>Why is this acceptable? The note is kept with this profile and shown with the finding.</source>
        <translation>Warum ist das akzeptabel? Die Notiz wird bei diesem Profil gespeichert und mit dem Befund angezeigt.</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Show &amp;Accepted</source>
        <translation>&amp;Akzeptierte anzeigen</translation>
    </message>
    <message>
        <source>A&amp;ccept with a Note…</source>
        <translation>Mit Notiz a&amp;kzeptieren…</translation>
    </message>
    <message>
        <source>Add This &amp;Policy…</source>
        <translation>Diese &amp;Richtlinie hinzufügen…</translation>
    </message>
    <message>
        <source>Link the Managed Cache</source>
        <translation>Verwalteten Cache verknüpfen</translation>
    </message>
    <message>
        <source>Upgrade the Managed Cache</source>
        <translation>Verwalteten Cache hochstufen</translation>
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
</context>
<context>
    <name>kd::AdvisorSummary</name>
    <message>
        <source>Open the Advisor</source>
        <translation>Berater öffnen</translation>
    </message>
</context>
<context>
    <name>kd::AppOptions</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Use either --demo or --token-env, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --token-env, nicht beides.</translation>
    </message>
    <message>
        <source>Run konnect-desk --help to see the options.</source>
        <translation>Mit konnect-desk --help sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>--diff compares two things: --diff A B.</source>
        <translation>--diff vergleicht zwei Dinge: --diff A B.</translation>
    </message>
    <message>
        <source>--export takes terraform or deck, not "%1".</source>
        <translation>--export akzeptiert terraform oder deck, nicht „%1“.</translation>
    </message>
    <message>
        <source>--export needs --out DIR: the folder to write to.</source>
        <translation>--export braucht --out DIR: den Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>There is no pane called "%1". Use one of: %2.</source>
        <translation>Es gibt keinen Bereich „%1“. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; after start-up and exit.</source>
        <translation>Das Hauptfenster nach dem Start als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Open the pane &lt;id&gt; first; an unknown &lt;id&gt; lists the valid ones.</source>
        <translation>Zuerst den Bereich &lt;id&gt; öffnen; eine unbekannte &lt;id&gt; listet die gültigen auf.</translation>
    </message>
    <message>
        <source>Use the translation for &lt;code&gt; (for example de) instead of the system language.</source>
        <translation>Die Übersetzung für &lt;code&gt; (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Open the demo organisation: starts the built-in Konnect simulator over HTTPS and signs in to it.</source>
        <translation>Die Demo-Organisation öffnen: startet den eingebauten Konnect-Simulator über HTTPS und meldet sich dort an.</translation>
    </message>
    <message>
        <source>Sign in with the token in environment variable &lt;var&gt; (kpat_… or spat_…).</source>
        <translation>Mit dem Token aus der Umgebungsvariablen &lt;var&gt; anmelden (kpat_… oder spat_…).</translation>
    </message>
    <message>
        <source>Konnect hosts, default https://{geo}.api.konghq.com.</source>
        <translation>Konnect-Hosts, Standard https://{geo}.api.konghq.com.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM &lt;file&gt;.</source>
        <translation>Auch den CA-Zertifikaten in dieser PEM-Datei &lt;file&gt; vertrauen.</translation>
    </message>
    <message>
        <source>With --no-gui: sign in, sync every geo once, print counts per kind and geo, and exit non-zero if any geo failed.</source>
        <translation>Mit --no-gui: anmelden, jedes Geo einmal synchronisieren, Anzahlen je Art und Geo ausgeben und mit einem Fehlercode enden, wenn ein Geo fehlschlug.</translation>
    </message>
    <message>
        <source>With --no-gui: write the organisation (or the --control-plane ones) as &lt;format&gt; terraform or deck to the --out folder; prints a summary (JSON with --json).</source>
        <translation>Mit --no-gui: die Organisation (oder die mit --control-plane gewählten) als &lt;format&gt; terraform oder deck in den Ordner --out schreiben; gibt eine Zusammenfassung aus (JSON mit --json).</translation>
    </message>
    <message>
        <source>The folder --export writes to.</source>
        <translation>Der Ordner, in den --export schreibt.</translation>
    </message>
    <message>
        <source>With --no-gui and two arguments A B (control planes as name or geo/name, or decK files): show what differs; exit 0 when equal, 1 when different, 2 on error.</source>
        <translation>Mit --no-gui und zwei Argumenten A B (Control Planes als name oder geo/name, oder decK-Dateien): Unterschiede anzeigen; Exit-Code 0 bei Gleichheit, 1 bei Unterschieden, 2 bei einem Fehler.</translation>
    </message>
    <message>
        <source>Administer Kong Konnect Dedicated Cloud Gateways and managed caches.</source>
        <translation>Kong Konnect Dedicated Cloud Gateways und verwaltete Caches administrieren.</translation>
    </message>
    <message>
        <source>With --no-gui: use the saved profile &lt;name&gt; (its geos, endpoint template, CA, snapshot and muted findings); the token comes from --token-env or else from the keychain.</source>
        <translation>Mit --no-gui: das gespeicherte Profil &lt;name&gt; verwenden (seine Geos, Endpunktvorlage, CA, Momentaufnahme und stummgeschalteten Befunde); das Token kommt aus --token-env, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Run without windows (with --sync, --export, --diff or --advise).</source>
        <translation>Ohne Fenster ausführen (mit --sync, --export, --diff oder --advise).</translation>
    </message>
    <message>
        <source>With --sync, --export, --diff or --advise: print one JSON object, also when something fails (then "ok" is false and "error" says what went wrong).</source>
        <translation>Mit --sync, --export, --diff oder --advise: ein JSON-Objekt ausgeben, auch wenn etwas fehlschlägt (dann ist "ok" false und "error" sagt, was schiefging).</translation>
    </message>
    <message>
        <source>With --export or --advise: only this control plane (name or geo/name); repeat for more.</source>
        <translation>Mit --export oder --advise: nur diese Control Plane (Name oder Geo/Name); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>With --no-gui: sign in, sync, and print the advisor's findings by severity and rule (JSON with --json); the profile's muted findings are marked and do not count. Exit 0 when no finding is an error, 1 when one is, 2 on error.</source>
        <translation>Mit --no-gui: anmelden, synchronisieren und die Befunde des Beraters nach Schweregrad und Regel ausgeben (JSON mit --json); die stummgeschalteten Befunde des Profils werden markiert und zählen nicht. Exit-Code 0, wenn kein Befund ein Fehler ist, 1, wenn einer es ist, 2 bei einem Fehler.</translation>
    </message>
    <message>
        <source>Use one of --sync, --export, --diff and --advise at a time.</source>
        <translation>Verwenden Sie jeweils nur eine der Optionen --sync, --export, --diff und --advise.</translation>
    </message>
    <message>
        <source>--no-gui goes with one of --sync, --export, --diff or --advise.</source>
        <translation>--no-gui gehört zu einer der Optionen --sync, --export, --diff oder --advise.</translation>
    </message>
    <message>
        <source>--control-plane goes with --export or --advise.</source>
        <translation>--control-plane gehört zu --export oder --advise.</translation>
    </message>
    <message>
        <source>Use either --demo or --profile, not both.</source>
        <translation>Verwenden Sie entweder --demo oder --profile, nicht beides.</translation>
    </message>
    <message>
        <source>--profile goes with --no-gui; in the window, pick the profile when you sign in.</source>
        <translation>--profile gehört zu --no-gui; im Fenster wählen Sie das Profil bei der Anmeldung.</translation>
    </message>
</context>
<context>
    <name>kd::AppearanceMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Konnect Desk will use %1 from its next start.</source>
        <translation>Konnect Desk verwendet %1 ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>kd::ApplyDialog</name>
    <message>
        <source>Apply to %1</source>
        <translation>Auf %1 anwenden</translation>
    </message>
    <message>
        <source>Nothing here can be applied from the compare.</source>
        <translation>Aus dem Vergleich lässt sich hier nichts anwenden.</translation>
    </message>
    <message numerus="yes">
        <source>These %n requests will be sent to %1, in this order. A plugin that links a partial created here gets that partial's id once it exists.</source>
        <translation>
            <numerusform>Diese %n Anfrage wird an %1 gesendet. Ein Plugin, das ein hier angelegtes Partial verknüpft, erhält dessen ID, sobald es existiert.</numerusform>
            <numerusform>Diese %n Anfragen werden in dieser Reihenfolge an %1 gesendet. Ein Plugin, das ein hier angelegtes Partial verknüpft, erhält dessen ID, sobald es existiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied from here:</source>
        <translation>Nicht von hier aus angewendet:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Requests</source>
        <translation>
            <numerusform>%n Anfrage &amp;senden</numerusform>
            <numerusform>%n Anfragen &amp;senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect refused a request: %1 What was sent before it stays; the compare shows where things are now.</source>
        <translation>Konnect hat eine Anfrage abgelehnt: %1 Was davor gesendet wurde, bleibt bestehen; der Vergleich zeigt den jetzigen Stand.</translation>
    </message>
</context>
<context>
    <name>kd::CacheModel</name>
    <message>
        <source>%1 (~%2 GiB)</source>
        <translation>%1 (~%2 GiB)</translation>
    </message>
    <message>
        <source>not yet created</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Redis configuration</source>
        <translation>Redis-Konfiguration</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No memory figures yet: Konnect's analytics report them for ready caches.</source>
        <translation>Noch keine Speicherwerte: Die Analyse von Konnect meldet sie für bereite Caches.</translation>
    </message>
    <message>
        <source>Memory used now %1 %, at most %2 % in the range. Konnect advises staying under 70–75 %: above it Redis evicts keys and rate-limit counters can reset early; resize to a larger tier.</source>
        <translation>Speicher jetzt zu %1 % belegt, höchstens %2 % im Zeitraum. Konnect rät, unter 70–75 % zu bleiben: Darüber verdrängt Redis Schlüssel, und Rate-Limit-Zähler können vorzeitig zurückgesetzt werden; wechseln Sie zu einer größeren Stufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n plugins</source>
        <translation>
            <numerusform>%n Plugin</numerusform>
            <numerusform>%n Plugins</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>Speicher belegt</translation>
    </message>
</context>
<context>
    <name>kd::CacheReadyNotice</name>
    <message>
        <source>The managed cache %1 is ready.</source>
        <translation>Der verwaltete Cache %1 ist bereit.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Create a Plugin Using It…</source>
        <translation>Plugin anlegen, das ihn nutzt…</translation>
    </message>
</context>
<context>
    <name>kd::CachesPane</name>
    <message>
        <source>&amp;Resize…</source>
        <translation>&amp;Größe ändern…</translation>
    </message>
    <message>
        <source>Filter: name, control plane, tier, state, region…</source>
        <translation>Filter: Name, Control Plane, Stufe, Zustand, Region…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a managed cache to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen verwalteten Cache, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1, about %2 GiB (70–75% usable)</source>
        <translation>%1, etwa %2 GiB (70–75 % nutzbar)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Redis configuration</source>
        <translation>Redis-Konfiguration</translation>
    </message>
    <message>
        <source>No plugin uses this cache.</source>
        <translation>Kein Plugin verwendet diesen Cache.</translation>
    </message>
    <message>
        <source>Cache in use</source>
        <translation>Cache wird verwendet</translation>
    </message>
    <message>
        <source>managed cache</source>
        <translation>verwalteten Cache</translation>
    </message>
    <message>
        <source>Konnect tears it down over a few minutes, with its Redis configuration.</source>
        <translation>Konnect baut ihn in einigen Minuten ab, samt seiner Redis-Konfiguration.</translation>
    </message>
    <message>
        <source>Managed caches</source>
        <translation>Verwaltete Caches</translation>
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>%1 · %2 of about %3 min</source>
        <translation>%1 · %2 von etwa %3 min</translation>
    </message>
    <message>
        <source>%1 · %2 min, longer than the usual %3</source>
        <translation>%1 · %2 min, länger als die üblichen %3</translation>
    </message>
    <message>
        <source>not yet created (Konnect makes it once the cache is ready)</source>
        <translation>noch nicht angelegt (Konnect legt sie an, sobald der Cache bereit ist)</translation>
    </message>
    <message>
        <source>Provisioning %1: about 15 minutes on Konnect; this pane follows it.</source>
        <translation>%1 wird bereitgestellt: etwa 15 Minuten bei Konnect; dieser Bereich verfolgt es.</translation>
    </message>
    <message>
        <source>Sign in to see your managed caches.</source>
        <translation>Melden Sie sich an, um Ihre verwalteten Caches zu sehen.</translation>
    </message>
    <message>
        <source>No managed cache yet. Provision one for a Dedicated Cloud Gateway control plane on AWS or Azure (Ctrl+N).</source>
        <translation>Noch kein verwalteter Cache. Stellen Sie einen für eine Dedicated-Cloud-Gateway-Control-Plane auf AWS oder Azure bereit (Strg+N).</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n plugins:</source>
        <translation>
            <numerusform>Verwendet von %n Plugin:</numerusform>
            <numerusform>Verwendet von %n Plugins:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while %n plugins use its Redis configuration. Remove them, or point them at another configuration, first.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden, solange %n Plugin seine Redis-Konfiguration verwendet. Entfernen Sie es zuerst oder verweisen Sie es auf eine andere Konfiguration.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden, solange %n Plugins seine Redis-Konfiguration verwenden. Entfernen Sie sie zuerst oder verweisen Sie sie auf eine andere Konfiguration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::CommandIndexBuilder</name>
    <message>
        <source>Control plane · %1%2</source>
        <translation>Control Plane · %1%2</translation>
    </message>
    <message>
        <source>%1 in %2 %3</source>
        <translation>%1 in %2 %3</translation>
    </message>
    <message>
        <source>Data-plane group · %1</source>
        <translation>Data-Plane-Gruppe · %1</translation>
    </message>
    <message>
        <source>Managed cache · %1 · %2</source>
        <translation>Verwalteter Cache · %1 · %2</translation>
    </message>
    <message>
        <source>Network · %1 %2 · %3</source>
        <translation>Netzwerk · %1 %2 · %3</translation>
    </message>
    <message>
        <source>Partial · %1 · %2</source>
        <translation>Partial · %1 · %2</translation>
    </message>
    <message>
        <source>Plugin · %1 · %2</source>
        <translation>Plugin · %1 · %2</translation>
    </message>
</context>
<context>
    <name>kd::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type to find a control plane, group, network, cache, partial, plugin or action</source>
        <translation>Tippen, um eine Control Plane, Gruppe, ein Netzwerk, einen Cache, ein Partial, Plugin oder eine Aktion zu finden</translation>
    </message>
    <message>
        <source>Find a control plane, group, network, cache, partial, plugin or action…</source>
        <translation>Control Plane, Gruppe, Netzwerk, Cache, Partial, Plugin oder Aktion finden…</translation>
    </message>
    <message>
        <source>Search the fleet and actions</source>
        <translation>Flotte und Aktionen durchsuchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>Type to search %n entities and actions</source>
        <translation>
            <numerusform>Tippen, um %n Eintrag zu durchsuchen</numerusform>
            <numerusform>Tippen, um %n Objekte und Aktionen zu durchsuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>Nichts passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Best %1 of %n matches</source>
        <translation>
            <numerusform>Beste %1 von %n Treffer</numerusform>
            <numerusform>Beste %1 von %n Treffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ComparePane</name>
    <message>
        <source>Swap the sides</source>
        <translation>Seiten tauschen</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Apply Left → Right…</source>
        <translation>Links → Rechts anwenden…</translation>
    </message>
    <message>
        <source>Make the right side like the left one: the selected entity, or everything when nothing is selected. The requests are shown first.</source>
        <translation>Die rechte Seite an die linke angleichen: das gewählte Objekt oder alles, wenn nichts gewählt ist. Die Anfragen werden vorher angezeigt.</translation>
    </message>
    <message>
        <source>Apply Right → Left…</source>
        <translation>Rechts → Links anwenden…</translation>
    </message>
    <message>
        <source>Make the left side like the right one: the selected entity, or everything when nothing is selected. The requests are shown first.</source>
        <translation>Die linke Seite an die rechte angleichen: das gewählte Objekt oder alles, wenn nichts gewählt ist. Die Anfragen werden vorher angezeigt.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>Compare a decK File on the &amp;Left…</source>
        <translation>decK-Datei &amp;links vergleichen…</translation>
    </message>
    <message>
        <source>Compare a decK File on the &amp;Right…</source>
        <translation>decK-Datei &amp;rechts vergleichen…</translation>
    </message>
    <message>
        <source>decK file %1</source>
        <translation>decK-Datei %1</translation>
    </message>
    <message>
        <source>Open a decK file…</source>
        <translation>decK-Datei öffnen…</translation>
    </message>
    <message>
        <source>Compare a decK File</source>
        <translation>decK-Datei vergleichen</translation>
    </message>
    <message>
        <source>decK files (*.yaml *.yml *.json)</source>
        <translation>decK-Dateien (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Choose two control planes, or a control plane and a decK file.</source>
        <translation>Wählen Sie zwei Control Planes oder eine Control Plane und eine decK-Datei.</translation>
    </message>
    <message>
        <source>only on the right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>only on the left</source>
        <translation>nur links</translation>
    </message>
    <message numerus="yes">
        <source>%n fields differ</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich</numerusform>
            <numerusform>%n Felder unterscheiden sich</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 are the same by meaning (ids, timestamps, schema defaults and the order of sets are not differences).</source>
        <translation>%1 sind inhaltlich gleich (IDs, Zeitstempel, Schema-Standardwerte und die Reihenfolge in Mengen gelten nicht als Unterschiede).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n differences. Entities are matched by kind and name; ids, timestamps, schema defaults and the order of sets are ignored.</source>
        <translation>
            <numerusform>%1: %n Unterschied. Objekte werden nach Art und Name zugeordnet; IDs, Zeitstempel, Schema-Standardwerte und die Reihenfolge in Mengen werden ignoriert.</numerusform>
            <numerusform>%1: %n Unterschiede. Objekte werden nach Art und Name zugeordnet; IDs, Zeitstempel, Schema-Standardwerte und die Reihenfolge in Mengen werden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A decK file is not changed from here: apply to a control plane, or export again.</source>
        <translation>Eine decK-Datei wird von hier aus nicht geändert: Wenden Sie auf eine Control Plane an oder exportieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n requests to %1.</source>
        <translation>
            <numerusform>%n Anfrage an %1 gesendet.</numerusform>
            <numerusform>%n Anfragen an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Reading the services, routes and consumers that plugins apply to…</source>
        <translation>Die Services, Routen und Consumer, für die Plugins gelten, werden gelesen…</translation>
    </message>
    <message>
        <source>The services, routes and consumers of %1 could not be read: its scoped plugins are matched by ids.</source>
        <translation>Die Services, Routen und Consumer von %1 konnten nicht gelesen werden: seine eingegrenzten Plugins werden über IDs zugeordnet.</translation>
    </message>
</context>
<context>
    <name>kd::CompositionRoot</name>
    <message>
        <source>Demo organisation</source>
        <translation>Demo-Organisation</translation>
    </message>
    <message>
        <source>Konnect</source>
        <translation>Konnect</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty; put a Konnect token in it.</source>
        <translation>Die Umgebungsvariable %1 ist leer; legen Sie ein Konnect-Token darin ab.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no saved profile called "%1", and none is saved: sign in once in the window, or leave --profile out.</source>
        <translation>Es gibt kein gespeichertes Profil namens "%1", und es ist keines gespeichert: Melden Sie sich einmal im Fenster an oder lassen Sie --profile weg.</translation>
    </message>
    <message>
        <source>There is no saved profile called "%1". Saved: %2.</source>
        <translation>Es gibt kein gespeichertes Profil namens "%1". Gespeichert: %2.</translation>
    </message>
    <message>
        <source>No token for the profile %1: %2 Put one in an environment variable and add --token-env VAR.</source>
        <translation>Kein Token für das Profil %1: %2 Legen Sie eines in eine Umgebungsvariable und geben Sie --token-env VAR an.</translation>
    </message>
</context>
<context>
    <name>kd::ConfirmDeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the %1 &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Type its name to confirm.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;%2&lt;/b&gt; löschen?&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Geben Sie zur Bestätigung den Namen ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Nothing was deleted: type the name %1 to confirm, or press Escape to keep it.</source>
        <translation>Nichts wurde gelöscht: Geben Sie zur Bestätigung den Namen %1 ein, oder drücken Sie Esc, um nichts zu löschen.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the name typed is not %1 (names are case-sensitive).</source>
        <translation>Nichts wurde gelöscht: Der eingegebene Name ist nicht %1 (Groß- und Kleinschreibung zählt).</translation>
    </message>
</context>
<context>
    <name>kd::ControlPlaneDialog</name>
    <message>
        <source>New control plane</source>
        <translation>Neue Control Plane</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Dedicated Cloud Gateway (data planes run in Kong's cloud; cannot be changed later)</source>
        <translation>Dedicated Cloud Gateway (Data Planes laufen in Kongs Cloud; später nicht änderbar)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Geo:</source>
        <translation>&amp;Geo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Proxy URLs:</source>
        <translation>&amp;Proxy-URLs:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 already has a control plane called %2: choose another name.</source>
        <translation>%1 hat bereits eine Control Plane namens %2: Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>kd::ControlPlaneModel</name>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Kubernetes Ingress</source>
        <translation>Kubernetes Ingress</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Event proxy</source>
        <translation>Event-Proxy</translation>
    </message>
    <message>
        <source>%1 · ready</source>
        <translation>%1 · bereit</translation>
    </message>
    <message>
        <source>%1 · provisioning</source>
        <translation>%1 · wird bereitgestellt</translation>
    </message>
    <message>
        <source>%1 · deleting</source>
        <translation>%1 · wird gelöscht</translation>
    </message>
    <message>
        <source>%1 · error</source>
        <translation>%1 · Fehler</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Geo</source>
        <translation>Geo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation>Cloud-Gateway</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Not read yet: health comes from Konnect's analytics for the range chosen in Telemetry.</source>
        <translation>Noch nicht gelesen: Die Health-Daten stammen aus der Analyse von Konnect für den im Bereich Telemetrie gewählten Zeitraum.</translation>
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation>Kein Traffic in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 requests a minute on average, p95 latency %2 ms, %3 % of responses 4xx or 5xx (latency and errors weighted by each bucket's requests).</source>
        <translation>Im Mittel %1 Anfragen pro Minute, p95-Latenz %2 ms, %3 % der Antworten 4xx oder 5xx (Latenz und Fehler gewichtet nach den Anfragen je Intervall).</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Traffic</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>Anfragen/min</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
</context>
<context>
    <name>kd::ControlPlaneRules</name>
    <message>
        <source>The name must be 2 to 256 characters long.</source>
        <translation>Der Name muss 2 bis 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The description may be at most 2048 characters.</source>
        <translation>Die Beschreibung darf höchstens 2048 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>At most 5 labels are allowed.</source>
        <translation>Höchstens 5 Labels sind erlaubt.</translation>
    </message>
    <message>
        <source>Label keys may not start with kong, konnect, mesh, kic, insomnia, kuma or _ ("%1").</source>
        <translation>Label-Schlüssel dürfen nicht mit kong, konnect, mesh, kic, insomnia, kuma oder _ beginnen („%1“).</translation>
    </message>
    <message>
        <source>"%1": label keys and values are 1 to 63 letters, digits, '-', '.' or '_', starting and ending with a letter or digit.</source>
        <translation>„%1“: Label-Schlüssel und -Werte bestehen aus 1 bis 63 Buchstaben, Ziffern, '-', '.' oder '_' und beginnen und enden mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>At most 5 proxy URLs are allowed.</source>
        <translation>Höchstens 5 Proxy-URLs sind erlaubt.</translation>
    </message>
    <message>
        <source>Proxy URL %1: the host must be 1 to 120 characters.</source>
        <translation>Proxy-URL %1: Der Host muss 1 bis 120 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Proxy URL %1: the port must be 1 to 65535.</source>
        <translation>Proxy-URL %1: Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Proxy URL %1: the protocol must be 1 to 32 characters.</source>
        <translation>Proxy-URL %1: Das Protokoll muss 1 bis 32 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Proxy URL %1 appears twice.</source>
        <translation>Proxy-URL %1 kommt doppelt vor.</translation>
    </message>
</context>
<context>
    <name>kd::ControlPlanesPane</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read every geo from Konnect now (F5)</source>
        <translation>Alle Geos jetzt aus Konnect lesen (F5)</translation>
    </message>
    <message>
        <source>Filter: name, geo, type, label (env:prod)…</source>
        <translation>Filter: Name, Geo, Typ, Label (env:prod)…</translation>
    </message>
    <message>
        <source>Reading control planes from every geo…</source>
        <translation>Control Planes werden aus allen Geos gelesen…</translation>
    </message>
    <message>
        <source>No control planes in the geos this profile uses.</source>
        <translation>Keine Control Planes in den Geos dieses Profils.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Some geos could not be read; the rest is current.&lt;br&gt;%1</source>
        <translation>Einige Geos konnten nicht gelesen werden; der Rest ist aktuell.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a control plane to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Control Plane, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Geo</source>
        <translation>Geo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation>Cloud-Gateway</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Control plane endpoint</source>
        <translation>Control-Plane-Endpunkt</translation>
    </message>
    <message>
        <source>Telemetry endpoint</source>
        <translation>Telemetrie-Endpunkt</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data-plane groups (Gateway %1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Data-Plane-Gruppen (Gateway %1)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Managed cache&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Verwalteter Cache&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1 (about %2 GiB)</source>
        <translation>%1 (etwa %2 GiB)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Control planes</source>
        <translation>Control Planes</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Its configuration, plugins and Redis configurations go with it.</source>
        <translation>Ihre Konfiguration, Plugins und Redis-Konfigurationen werden mitgelöscht.</translation>
    </message>
    <message>
        <source>Its managed cache will be deleted.</source>
        <translation>Ihr verwalteter Cache wird gelöscht.</translation>
    </message>
    <message>
        <source>control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Deploy a &amp;Group…</source>
        <translation>&amp;Gruppe bereitstellen…</translation>
    </message>
    <message>
        <source>Sign in to see your control planes.</source>
        <translation>Melden Sie sich an, um Ihre Control Planes zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n data-plane groups will be torn down.</source>
        <translation>
            <numerusform>Ihre %n Data-Plane-Gruppe wird abgebaut.</numerusform>
            <numerusform>Ihre %n Data-Plane-Gruppen werden abgebaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data-plane group runs this control plane yet.</source>
        <translation>Noch keine Data-Plane-Gruppe führt diese Control Plane aus.</translation>
    </message>
    <message>
        <source>Deploy a group…</source>
        <translation>Gruppe bereitstellen…</translation>
    </message>
</context>
<context>
    <name>kd::DeployGroupWizard</name>
    <message>
        <source>Deploy a data-plane group</source>
        <translation>Data-Plane-Gruppe bereitstellen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>The group runs in the cloud and region you pick, attached to a ready network there.</source>
        <translation>Die Gruppe läuft in der gewählten Cloud und Region, verbunden mit einem bereiten Netzwerk dort.</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Control Plane:</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Capacity and review</source>
        <translation>Kapazität und Prüfung</translation>
    </message>
    <message>
        <source>Autopilot scales from the base load you expect. The whole desired list of groups is sent; existing groups are kept.</source>
        <translation>Autopilot skaliert ab der erwarteten Grundlast. Die ganze gewünschte Gruppenliste wird gesendet; bestehende Gruppen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation>&amp;Grundlast:</translation>
    </message>
    <message>
        <source>Gateway &amp;version:</source>
        <translation>Gateway-&amp;Version:</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a control plane, a region and a ready network.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Control Plane, eine Region und ein bereites Netzwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PUT /v2/cloud-gateways/configurations&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt; (%2):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PUT /v2/cloud-gateways/configurations&lt;/b&gt; für &lt;b&gt;%1&lt;/b&gt; (%2):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;keep %1 %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 %2 behalten&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;add %1 %2&lt;/b&gt;, autopilot from %3 requests/s, network %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1 %2 hinzufügen&lt;/b&gt;, Autopilot ab %3 Anfragen/s, Netzwerk %4&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gateway version: %1. The group goes created → initializing → ready; the Gateways pane follows it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gateway-Version: %1. Die Gruppe durchläuft created → initializing → ready; der Bereich Gateways verfolgt sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>%1 in %2 %3 is still being created (30 to 40 minutes on Konnect); deploy when it is ready.</source>
        <translation>%1 in %2 %3 wird noch angelegt (30 bis 40 Minuten bei Konnect); stellen Sie bereit, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>There is no %1 network in %2 yet: a group needs a ready network of its cloud and region. Create one here; it takes 30 to 40 minutes.</source>
        <translation>In %2 gibt es noch kein %1-Netzwerk: Eine Gruppe braucht ein bereites Netzwerk ihrer Cloud und Region. Legen Sie hier eines an; das dauert 30 bis 40 Minuten.</translation>
    </message>
    <message>
        <source>There is no %1 network in %2 yet: a group needs a ready network of its cloud and region.</source>
        <translation>In %2 gibt es noch kein %1-Netzwerk: Eine Gruppe braucht ein bereites Netzwerk ihrer Cloud und Region.</translation>
    </message>
    <message>
        <source>Create Network…</source>
        <translation>Netzwerk anlegen…</translation>
    </message>
</context>
<context>
    <name>kd::EndpointTemplate</name>
    <message>
        <source>The endpoint template must contain {geo} exactly once, for example https://{geo}.api.konghq.com.</source>
        <translation>Die Endpunktvorlage muss {geo} genau einmal enthalten, zum Beispiel https://{geo}.api.konghq.com.</translation>
    </message>
    <message>
        <source>The endpoint template is not a valid URL.</source>
        <translation>Die Endpunktvorlage ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The endpoint template must start with https:// (or http:// for a local simulator).</source>
        <translation>Die Endpunktvorlage muss mit https:// beginnen (oder http:// für einen lokalen Simulator).</translation>
    </message>
    <message>
        <source>The endpoint template may not contain a query, a fragment or a user name.</source>
        <translation>Die Endpunktvorlage darf weder Query noch Fragment noch Benutzernamen enthalten.</translation>
    </message>
    <message>
        <source>The endpoint template is not a valid URL for the geo %1.</source>
        <translation>Die Endpunktvorlage ergibt für das Geo %1 keine gültige URL.</translation>
    </message>
    <message>
        <source>The endpoint template uses http:// for %1, which would send your token unencrypted. Use https://; http:// is allowed only for this machine (127.0.0.1, ::1 or localhost), for a local simulator.</source>
        <translation>Die Endpunktvorlage verwendet http:// für %1 und würde Ihr Token unverschlüsselt senden. Verwenden Sie https://; http:// ist nur für diesen Rechner erlaubt (127.0.0.1, ::1 oder localhost), für einen lokalen Simulator.</translation>
    </message>
</context>
<context>
    <name>kd::Error</name>
    <message>
        <source>Konnect did not accept the token: it is wrong, expired or revoked. Sign in again with a valid personal or system account token.</source>
        <translation>Konnect hat das Token nicht akzeptiert: Es ist falsch, abgelaufen oder widerrufen. Melden Sie sich erneut mit einem gültigen Personal- oder System-Account-Token an.</translation>
    </message>
    <message>
        <source>Your token is not allowed to do this (%1). Ask an organisation admin for the role, or use another token.</source>
        <translation>Ihr Token darf das nicht (%1). Bitten Sie eine Administratorin der Organisation um die Rolle, oder verwenden Sie ein anderes Token.</translation>
    </message>
    <message>
        <source>Konnect could not find it: %1 It may have been deleted; refresh to see the current state.</source>
        <translation>Konnect hat es nicht gefunden: %1 Es wurde vielleicht gelöscht; aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Konnect refused a conflicting change: %1</source>
        <translation>Konnect hat eine widersprüchliche Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Trace id for Kong support: %1</source>
        <translation>Trace-ID für den Kong-Support: %1</translation>
    </message>
    <message>
        <source>Konnect sent an answer the app does not understand (field "%1": %2). Nothing was changed; try again, and report it if it persists.</source>
        <translation>Konnect hat eine Antwort gesendet, die die App nicht versteht (Feld „%1“: %2). Nichts wurde geändert; versuchen Sie es erneut und melden Sie es, wenn es bleibt.</translation>
    </message>
    <message>
        <source>The answer to "%1" was lost (%2), so it is not known whether it happened. The app checks Konnect before trying again.</source>
        <translation>Die Antwort auf „%1“ ging verloren (%2), daher ist unbekannt, ob es geschehen ist. Die App prüft Konnect, bevor sie es erneut versucht.</translation>
    </message>
    <message>
        <source>Konnect answered with a redirect to %1, which is not a Konnect host. It was not followed, so that your token stays where it belongs.</source>
        <translation>Konnect hat auf %1 umgeleitet, das kein Konnect-Host ist. Der Umleitung wurde nicht gefolgt, damit Ihr Token bleibt, wo es hingehört.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Konnect</source>
        <translation>Konnect</translation>
    </message>
    <message>
        <source>%1 could not be reached: the host name did not resolve. Check your network connection and the endpoint template.</source>
        <translation>%1 war nicht erreichbar: Der Hostname ließ sich nicht auflösen. Prüfen Sie Ihre Netzwerkverbindung und die Endpunktvorlage.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the endpoint template, or whether the simulator is running.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie die Endpunktvorlage oder ob der Simulator läuft.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate is not trusted; add the right CA file in the profile instead of ignoring the error.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Dem Zertifikat wird nicht vertraut; fügen Sie die richtige CA-Datei im Profil hinzu, statt den Fehler zu übergehen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2). The app tries again by itself; if it keeps happening, check your network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2). Die App versucht es selbst erneut; wenn es wiederholt passiert, prüfen Sie Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the whole answer arrived (%2). The app tries reads again by itself; try again later if it persists.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die ganze Antwort ankam (%2). Die App wiederholt Lesezugriffe selbst; versuchen Sie es später erneut, wenn es bleibt.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than any real one (%2), so it was not read. Report it if it persists.</source>
        <translation>%1 hat eine Antwort gesendet, die größer ist als jede echte (%2), daher wurde sie nicht gelesen. Melden Sie es, wenn es bleibt.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Konnect's rate limit was still reached after the app waited for it%1. It tries again at the next refresh; fewer geos or a longer refresh interval lower the load.</source>
        <translation>Das Rate-Limit von Konnect war auch nach dem Warten noch erreicht%1. Die App versucht es bei der nächsten Aktualisierung erneut; weniger Geos oder ein längeres Intervall senken die Last.</translation>
    </message>
    <message>
        <source>Konnect had a problem (%1). Try again in a moment.</source>
        <translation>Konnect hatte ein Problem (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 The app stopped there so that a misbehaving server cannot keep it busy forever; it tries again at the next refresh.</source>
        <translation>%1 Die App hat dort aufgehört, damit ein fehlerhafter Server sie nicht endlos beschäftigt; sie versucht es bei der nächsten Aktualisierung erneut.</translation>
    </message>
</context>
<context>
    <name>kd::ExportDialog</name>
    <message>
        <source>&amp;Terraform (kong/konnect)</source>
        <translation>&amp;Terraform (kong/konnect)</translation>
    </message>
    <message>
        <source>&amp;decK, one file per control plane</source>
        <translation>&amp;decK, eine Datei je Control Plane</translation>
    </message>
    <message>
        <source>&amp;Write Files</source>
        <translation>Dateien &amp;schreiben</translation>
    </message>
    <message>
        <source>Export as Code</source>
        <translation>Als Code exportieren</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Platte</translation>
    </message>
    <message>
        <source>Control planes:</source>
        <translation>Control Planes:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Secrets are never written: plain passwords become Terraform variables or decK environment references; {vault://…} references stay as they are. Every resource gets an import block so that terraform plan against this organisation changes nothing.</source>
        <translation>Geheimnisse werden nie geschrieben: Klartext-Passwörter werden zu Terraform-Variablen oder decK-Umgebungsreferenzen; {vault://…}-Referenzen bleiben, wie sie sind. Jede Ressource erhält einen import-Block, damit terraform plan gegen diese Organisation nichts ändert.</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Nothing to write: choose at least one control plane and a format.</source>
        <translation>Nichts zu schreiben: Wählen Sie mindestens eine Control Plane und ein Format.</translation>
    </message>
    <message numerus="yes">
        <source>%n files will be written to %1</source>
        <translation>
            <numerusform>%n Datei wird nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien werden nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources and entities</source>
        <translation>
            <numerusform>%n Ressource bzw. Objekt</numerusform>
            <numerusform>%n Ressourcen und Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing files will be replaced.</source>
        <translation>
            <numerusform>%n vorhandene Datei wird ersetzt.</numerusform>
            <numerusform>%n vorhandene Dateien werden ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Reading the services, routes and consumers of the control planes…</source>
        <translation>Die Services, Routen und Consumer der Control Planes werden gelesen…</translation>
    </message>
    <message>
        <source>The services, routes and consumers could not be read (%1). They are left out; plugins that apply to them keep the live ids.</source>
        <translation>Die Services, Routen und Consumer konnten nicht gelesen werden (%1). Sie werden ausgelassen; Plugins, die für sie gelten, behalten die Live-IDs.</translation>
    </message>
</context>
<context>
    <name>kd::FindingMark</name>
    <message numerus="yes">
        <source>Advisor: %n findings</source>
        <translation><numerusform>Berater: %n Befund</numerusform><numerusform>Berater: %n Befunde</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Advisor</source>
        <translation><numerusform>und %n weiterer im Berater</numerusform><numerusform>und %n weitere im Berater</numerusform></translation>
    </message>
</context>
<context>
    <name>kd::FindingModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
</context>
<context>
    <name>kd::FleetActions</name>
    <message>
        <source>This control plane already has a data-plane group in %1 %2.</source>
        <translation>Diese Control Plane hat bereits eine Data-Plane-Gruppe in %1 %2.</translation>
    </message>
    <message>
        <source>This control plane has no managed cache.</source>
        <translation>Diese Control Plane hat keinen verwalteten Cache.</translation>
    </message>
    <message>
        <source>The request was lost and Konnect has no cache for this control plane: nothing was created. You can try again.</source>
        <translation>Die Anfrage ging verloren und Konnect hat keinen Cache für diese Control Plane: Es wurde nichts angelegt. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>It is no longer there; refresh (F5) to see the current state.</source>
        <translation>Es ist nicht mehr vorhanden; aktualisieren Sie (F5), um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The configuration changed in Konnect since it was shown here; nothing was sent. Look at it again and retry.</source>
        <translation>Die Konfiguration hat sich in Konnect geändert, seit sie hier angezeigt wurde; nichts wurde gesendet. Sehen Sie sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n plugins: %2. Remove the link from each plugin first.</source>
        <translation>
            <numerusform>%1 wird von %n Plugin verwendet: %2. Entfernen Sie zuerst die Verknüpfung im Plugin.</numerusform>
            <numerusform>%1 wird von %n Plugins verwendet: %2. Entfernen Sie zuerst die Verknüpfung in jedem Plugin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FleetTreeModel</name>
    <message>
        <source>%1 (1 group)</source>
        <translation>%1 (1 Gruppe)</translation>
    </message>
    <message>
        <source>%1 (%2 groups)</source>
        <translation>%1 (%2 Gruppen)</translation>
    </message>
    <message>
        <source>Cloud / region / group</source>
        <translation>Cloud / Region / Gruppe</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Egress IPs</source>
        <translation>Egress-IPs</translation>
    </message>
</context>
<context>
    <name>kd::GatewaysPane</name>
    <message>
        <source>Filter: cloud, region, control plane, state…</source>
        <translation>Filter: Cloud, Region, Control Plane, Zustand…</translation>
    </message>
    <message>
        <source>Dedicated Cloud Gateway data-plane groups where they run. Managed caches serve AWS and Azure groups; Google Cloud groups of a control plane with a cache show "not served".</source>
        <translation>Data-Plane-Gruppen der Dedicated Cloud Gateways dort, wo sie laufen. Verwaltete Caches bedienen AWS- und Azure-Gruppen; Google-Cloud-Gruppen einer Control Plane mit Cache zeigen „nicht bedient“.</translation>
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation>Die von Konnect angebotenen Regionen werden gelesen…</translation>
    </message>
    <message>
        <source>Deploying; the group comes up in the tree as Konnect reports it.</source>
        <translation>Wird bereitgestellt; die Gruppe erscheint im Baum, sobald Konnect sie meldet.</translation>
    </message>
    <message>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <source>&amp;Deploy Group…</source>
        <translation>Gruppe &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>Change &amp;Autoscale…</source>
        <translation>&amp;Autoscaling ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove Group…</source>
        <translation>Gruppe &amp;entfernen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a data-plane group to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Data-Plane-Gruppe, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in to see your data-plane groups.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Melden Sie sich an, um Ihre Data-Plane-Gruppen zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Gateway version</source>
        <translation>Gateway-Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>autopilot, base %1 requests per second</source>
        <translation>Autopilot, Grundlast %1 Anfragen pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>static, %n × %1 instances</source>
        <translation>
            <numerusform>statisch, %n × %1-Instanz</numerusform>
            <numerusform>statisch, %n × %1-Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>Hostnames</source>
        <translation>Hostnamen</translation>
    </message>
    <message>
        <source>Egress IPs</source>
        <translation>Egress-IPs</translation>
    </message>
    <message>
        <source>Private IPs</source>
        <translation>Private IPs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Removing the group; Konnect tears it down over a few minutes.</source>
        <translation>Die Gruppe wird entfernt; Konnect baut sie in einigen Minuten ab.</translation>
    </message>
    <message>
        <source>Autoscale changed.</source>
        <translation>Autoscaling geändert.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu tun</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>Show &amp;Control Plane</source>
        <translation>&amp;Control Plane anzeigen</translation>
    </message>
</context>
<context>
    <name>kd::Geo</name>
    <message>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Naher Osten</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
</context>
<context>
    <name>kd::GovernanceModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>No enabled %1 policy in this control plane.</source>
        <translation>Keine aktivierte %1-Richtlinie in dieser Control Plane.</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>env</source>
        <translation>env</translation>
    </message>
</context>
<context>
    <name>kd::GroupChangeDialog</name>
    <message>
        <source>autopilot, base %1 requests per second</source>
        <translation>Autopilot, Grundlast %1 Anfragen pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>static, %n × %1 instances</source>
        <translation>
            <numerusform>statisch, %n × %1-Instanz</numerusform>
            <numerusform>statisch, %n × %1-Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscale of %1</source>
        <translation>Autoscaling von %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Autopilot: scales with traffic from a base of</source>
        <translation>&amp;Autopilot: skaliert mit dem Traffic ab einer Grundlast von</translation>
    </message>
    <message>
        <source> requests per second</source>
        <translation> Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Static as it is (%1; Konnect deprecates static sizing)</source>
        <translation>&amp;Statisch wie bisher (%1; Konnect stuft statische Größen als veraltet ein)</translation>
    </message>
    <message>
        <source>Autoscale of the %1 group of %2:</source>
        <translation>Autoscaling der %1-Gruppe von %2:</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove Group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Konnect tears down the %1 group of %2; its data planes stop serving traffic there.</source>
        <translation>Konnect baut die %1-Gruppe von %2 ab; ihre Data Planes bedienen dort keinen Traffic mehr.</translation>
    </message>
    <message>
        <source>Konnect's configuration has no group in %1 any more; refresh and look again.</source>
        <translation>Die Konfiguration in Konnect hat keine Gruppe in %1 mehr; aktualisieren Sie und sehen Sie erneut nach.</translation>
    </message>
    <message>
        <source>The whole configuration is sent again:</source>
        <translation>Die ganze Konfiguration wird erneut gesendet:</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>goes</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ändert sich</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No group is left: the control plane keeps its configuration but runs no data planes.</source>
        <translation>Keine Gruppe bleibt übrig: Die Control Plane behält ihre Konfiguration, betreibt aber keine Data Planes.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>kd::HeadlessAdvise</name>
    <message>
        <source>Konnect could not be read completely, so the advice would be incomplete. Run again, or check the failing geo with --sync.</source>
        <translation>Konnect konnte nicht vollständig gelesen werden, der Rat wäre also unvollständig. Führen Sie es erneut aus oder prüfen Sie das fehlschlagende Geo mit --sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation><numerusform>%n zur Information</numerusform><numerusform>%n zur Information</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n muted</source>
        <translation><numerusform>%n stummgeschaltet</numerusform><numerusform>%n stummgeschaltet</numerusform></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <source>muted: %1</source>
        <translation>stummgeschaltet: %1</translation>
    </message>
    <message>
        <source>Nodes not read, their versions not compared: %1</source>
        <translation>Nodes nicht gelesen, ihre Versionen nicht verglichen: %1</translation>
    </message>
</context>
<context>
    <name>kd::HeadlessCode</name>
    <message>
        <source>Konnect could not be read completely; nothing was %1. Run again, or check the failing geo with --sync.</source>
        <translation>Konnect konnte nicht vollständig gelesen werden; nichts wurde %1. Führen Sie den Befehl erneut aus, oder prüfen Sie das fehlschlagende Geo mit --sync.</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>verglichen</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>There is no control plane called "%1".</source>
        <translation>Es gibt keine Control Plane namens „%1“.</translation>
    </message>
    <message>
        <source>"%1" names control planes in several geos; write geo/name, for example us/%1.</source>
        <translation>„%1“ bezeichnet Control Planes in mehreren Geos; schreiben Sie geo/name, zum Beispiel us/%1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1:</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben:</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is neither a control plane (name or geo/name) nor a decK file.</source>
        <translation>„%1“ ist weder eine Control Plane (name oder geo/name) noch eine decK-Datei.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation>%1 und %2 sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n differences</source>
        <translation>
            <numerusform>%1 → %2: %n Unterschied</numerusform>
            <numerusform>%1 → %2: %n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::HeadlessSync</name>
    <message>
        <source>No token: use --demo or --token-env VAR.</source>
        <translation>Kein Token: Verwenden Sie --demo oder --token-env VAR.</translation>
    </message>
    <message>
        <source>%1 control planes</source>
        <translation>%1 Control Planes</translation>
    </message>
    <message numerus="yes">
        <source>%n geos failed to sync: %1</source>
        <translation>
            <numerusform>%n Geo konnte nicht synchronisiert werden: %1</numerusform>
            <numerusform>%n Geos konnten nicht synchronisiert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>kd::KonnectClient</name>
    <message>
        <source>create control plane %1</source>
        <translation>Control Plane %1 anlegen</translation>
    </message>
    <message>
        <source>update control plane</source>
        <translation>Control Plane ändern</translation>
    </message>
    <message>
        <source>create network %1</source>
        <translation>Netzwerk %1 anlegen</translation>
    </message>
    <message>
        <source>rename network</source>
        <translation>Netzwerk umbenennen</translation>
    </message>
    <message>
        <source>create managed cache %1</source>
        <translation>verwalteten Cache %1 anlegen</translation>
    </message>
    <message>
        <source>resize managed cache</source>
        <translation>Größe des verwalteten Caches ändern</translation>
    </message>
    <message>
        <source>create Redis configuration %1</source>
        <translation>Redis-Konfiguration %1 anlegen</translation>
    </message>
    <message>
        <source>create plugin %1</source>
        <translation>Plugin %1 anlegen</translation>
    </message>
    <message>
        <source>the answer could not be read: %1</source>
        <translation>die Antwort konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>kd::LinkedPluginsDialog</name>
    <message>
        <source>&amp;Show Plugin</source>
        <translation>Plugin &amp;anzeigen</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Konnect Desk</source>
        <translation>Konnect Desk</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation>&amp;Navigator anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Konnect Desk</source>
        <translation>&amp;Über Konnect Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The panes of the window; the badge counts what each one shows</source>
        <translation>Die Bereiche des Fensters; das Abzeichen zählt, was jeder zeigt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>kd::MapDetails</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>Control plane %1</source>
        <translation>Control Plane %1</translation>
    </message>
    <message>
        <source>Konnect geo</source>
        <translation>Konnect-Geo</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n Data-Plane-Gruppe</numerusform>
            <numerusform>%n Data-Plane-Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>no traffic in the last bucket yet</source>
        <translation>noch kein Verkehr im letzten Intervall</translation>
    </message>
    <message>
        <source>turn on the telemetry overlay to see it</source>
        <translation>Telemetrie-Overlay einschalten, um sie zu sehen</translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>None serves this group.</source>
        <translation>Keiner bedient diese Gruppe.</translation>
    </message>
    <message>
        <source>Managed cache %1</source>
        <translation>Verwalteter Cache %1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>Data-plane group</source>
        <translation>Data-Plane-Gruppe</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>kd::MapLegend</name>
    <message>
        <source>control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>managed cache</source>
        <translation>verwalteten Cache</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>act</source>
        <translation>handeln</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Last bucket: p95 latency (watch ≥ %1 ms, act ≥ %2 ms) · errors (≥ %3 %, ≥ %4 %) · cache memory (≥ %5 %, ≥ %6 %)</source>
        <translation>Letztes Intervall: p95-Latenz (beobachten ≥ %1 ms, handeln ≥ %2 ms) · Fehler (≥ %3 %, ≥ %4 %) · Cache-Speicher (≥ %5 %, ≥ %6 %)</translation>
    </message>
    <message>
        <source>advisor finding</source>
        <translation>Befund des Beraters</translation>
    </message>
</context>
<context>
    <name>kd::MetricsQuery</name>
    <message>
        <source>A metrics query needs at least one metric.</source>
        <translation>Eine Metrikabfrage braucht mindestens eine Metrik.</translation>
    </message>
    <message>
        <source>Konnect allows at most 3 metrics in a query.</source>
        <translation>Konnect erlaubt höchstens 3 Metriken pro Abfrage.</translation>
    </message>
    <message>
        <source>Konnect allows at most 2 dimensions in a query (time counts).</source>
        <translation>Konnect erlaubt höchstens 2 Dimensionen pro Abfrage (Zeit zählt mit).</translation>
    </message>
    <message>
        <source>Unknown metric %1.</source>
        <translation>Unbekannte Metrik %1.</translation>
    </message>
    <message>
        <source>Unknown dimension %1.</source>
        <translation>Unbekannte Dimension %1.</translation>
    </message>
    <message>
        <source>Cannot filter on %1.</source>
        <translation>Nach %1 kann nicht gefiltert werden.</translation>
    </message>
    <message>
        <source>Managed cache metrics are kept for 7 days only.</source>
        <translation>Metriken verwalteter Caches werden nur 7 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Granularity %1 is not allowed for a %2 range.</source>
        <translation>Die Granularität %1 ist für einen Zeitraum von %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and 1000.</source>
        <translation>Das Limit muss zwischen 1 und 1000 liegen.</translation>
    </message>
</context>
<context>
    <name>kd::MetricsResult</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>kd::NetworkDialog</name>
    <message>
        <source>New network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cloud &amp;account:</source>
        <translation>Cloud-&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Availability &amp;zones:</source>
        <translation>Verfügbarkeits&amp;zonen:</translation>
    </message>
    <message>
        <source>&amp;CIDR block:</source>
        <translation>&amp;CIDR-Block:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>A network takes 30 to 40 minutes to become ready on Konnect.</source>
        <translation>Ein Netzwerk braucht bei Konnect 30 bis 40 Minuten, bis es bereit ist.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>Another network is called %1 (in %2). Konnect allows it, but the two are easy to confuse; a name that says the region helps.</source>
        <translation>Ein anderes Netzwerk heißt ebenfalls %1 (in %2). Konnect erlaubt das, aber die beiden sind leicht zu verwechseln; ein Name, der die Region nennt, hilft.</translation>
    </message>
    <message>
        <source>Choose a cloud account and a region Konnect offers for it.</source>
        <translation>Wählen Sie ein Cloud-Konto und eine Region, die Konnect dafür anbietet.</translation>
    </message>
    <message>
        <source>Choose at least one availability zone of %1.</source>
        <translation>Wählen Sie mindestens eine Verfügbarkeitszone von %1.</translation>
    </message>
    <message>
        <source>the availability zones</source>
        <translation>die Verfügbarkeitszonen</translation>
    </message>
    <message>
        <source>Overlaps another network of this cloud account: %1. Networks of one account need ranges apart.</source>
        <translation>Überschneidet sich mit einem anderen Netzwerk dieses Cloud-Kontos: %1. Netzwerke eines Kontos brauchen getrennte Adressbereiche.</translation>
    </message>
    <message>
        <source>the CIDR block</source>
        <translation>den CIDR-Block</translation>
    </message>
    <message>
        <source>Nothing was sent: check %1.</source>
        <translation>Nichts wurde gesendet: Prüfen Sie %1.</translation>
    </message>
</context>
<context>
    <name>kd::NetworkModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>kd::NetworksPane</name>
    <message>
        <source>Filter: name, cloud, region, CIDR, state…</source>
        <translation>Filter: Name, Cloud, Region, CIDR, Zustand…</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a network to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Netzwerk, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation>Die von Konnect angebotenen Regionen werden gelesen…</translation>
    </message>
    <message>
        <source>Creating %1; it becomes ready in 30 to 40 minutes.</source>
        <translation>%1 wird angelegt; es ist in 30 bis 40 Minuten bereit.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Konnect refuses while a cloud gateway configuration uses it.</source>
        <translation>Konnect lehnt ab, solange eine Cloud-Gateway-Konfiguration es verwendet.</translation>
    </message>
    <message>
        <source>Sign in to see your cloud gateway networks.</source>
        <translation>Melden Sie sich an, um Ihre Cloud-Gateway-Netzwerke zu sehen.</translation>
    </message>
    <message>
        <source>No cloud gateway networks yet. Create one (Ctrl+N); it becomes ready in 30 to 40 minutes.</source>
        <translation>Noch keine Cloud-Gateway-Netzwerke. Legen Sie eines an (Strg+N); es ist in 30 bis 40 Minuten bereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n configurations</source>
        <translation>
            <numerusform>%n Konfiguration</numerusform>
            <numerusform>%n Konfigurationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PaletteController</name>
    <message>
        <source>Command Palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
</context>
<context>
    <name>kd::PartialDialog</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation>Serverzertifikat prüfen</translation>
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation>Servername (SNI)</translation>
    </message>
    <message>
        <source>Connection goes through a proxy</source>
        <translation>Verbindung läuft über einen Proxy</translation>
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation>Verbindungs-Timeout (ms)</translation>
    </message>
    <message>
        <source>Send timeout (ms)</source>
        <translation>Sende-Timeout (ms)</translation>
    </message>
    <message>
        <source>Read timeout (ms)</source>
        <translation>Lese-Timeout (ms)</translation>
    </message>
    <message>
        <source>Keepalive pool size</source>
        <translation>Keepalive-Poolgröße</translation>
    </message>
    <message>
        <source>Keepalive backlog</source>
        <translation>Keepalive-Warteschlange</translation>
    </message>
    <message>
        <source>Master name</source>
        <translation>Master-Name</translation>
    </message>
    <message>
        <source>Role (any, master, slave)</source>
        <translation>Rolle (any, master, slave)</translation>
    </message>
    <message>
        <source>Nodes (host:port, …)</source>
        <translation>Knoten (host:port, …)</translation>
    </message>
    <message>
        <source>Nodes (ip:port, …)</source>
        <translation>Knoten (ip:port, …)</translation>
    </message>
    <message>
        <source>Max redirections</source>
        <translation>Max. Weiterleitungen</translation>
    </message>
    <message>
        <source>Provider (aws, azure, gcp)</source>
        <translation>Anbieter (aws, azure, gcp)</translation>
    </message>
    <message>
        <source>AWS cache name</source>
        <translation>AWS-Cache-Name</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS-Region</translation>
    </message>
    <message>
        <source>AWS serverless cache</source>
        <translation>AWS-Serverless-Cache</translation>
    </message>
    <message>
        <source>AWS role to assume (ARN)</source>
        <translation>Zu übernehmende AWS-Rolle (ARN)</translation>
    </message>
    <message>
        <source>AWS role session name</source>
        <translation>AWS-Rollen-Sitzungsname</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Azure client id</source>
        <translation>Azure-Client-ID</translation>
    </message>
    <message>
        <source>Azure client secret</source>
        <translation>Azure-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Azure tenant id</source>
        <translation>Azure-Mandanten-ID</translation>
    </message>
    <message>
        <source>GCP service account JSON</source>
        <translation>GCP-Dienstkonto-JSON</translation>
    </message>
    <message>
        <source>New Redis configuration</source>
        <translation>Neue Redis-Konfiguration</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Control Plane:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>Control Plane:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The configuration as a JSON object</source>
        <translation>Die Konfiguration als JSON-Objekt</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Konnect created this configuration for a managed cache and keeps it up to date; its values are vault references the data planes resolve. Change it only if Kong support asks.</source>
        <translation>Konnect hat diese Konfiguration für einen verwalteten Cache angelegt und hält sie aktuell; ihre Werte sind Vault-Referenzen, die die Data Planes auflösen. Ändern Sie sie nur auf Bitte des Kong-Supports.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>A value, or a vault reference such as {vault://env/REDIS_PASSWORD}</source>
        <translation>Ein Wert oder eine Vault-Referenz wie {vault://env/REDIS_PASSWORD}</translation>
    </message>
    <message>
        <source>%1: a vault reference looks like {vault://env/NAME}.</source>
        <translation>%1: Eine Vault-Referenz sieht so aus: {vault://env/NAME}.</translation>
    </message>
    <message>
        <source>%1 cannot be a vault reference.</source>
        <translation>%1 kann keine Vault-Referenz sein.</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to 65535 or a vault reference.</source>
        <translation>%1 muss eine Zahl von 0 bis 65535 oder eine Vault-Referenz sein.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more.</source>
        <translation>%1 muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>%1: "%2" is not host:port.</source>
        <translation>%1: „%2“ ist nicht host:port.</translation>
    </message>
    <message>
        <source>The Sentinel role is any, master or slave.</source>
        <translation>Die Sentinel-Rolle ist any, master oder slave.</translation>
    </message>
    <message>
        <source>The cloud authentication provider is aws, azure or gcp.</source>
        <translation>Der Anbieter der Cloud-Authentifizierung ist aws, azure oder gcp.</translation>
    </message>
    <message>
        <source>Use either Sentinel or Cluster nodes, not both.</source>
        <translation>Verwenden Sie entweder Sentinel- oder Cluster-Knoten, nicht beide.</translation>
    </message>
    <message>
        <source>Give the configuration a name; plugins pick it by name.</source>
        <translation>Geben Sie der Konfiguration einen Namen; Plugins wählen sie über den Namen.</translation>
    </message>
    <message>
        <source>Choose a control plane.</source>
        <translation>Wählen Sie eine Control Plane.</translation>
    </message>
</context>
<context>
    <name>kd::PartialModel</name>
    <message>
        <source>konnect-managed</source>
        <translation>konnect-managed</translation>
    </message>
    <message numerus="yes">
        <source>%n plugin(s)</source>
        <translation>
            <numerusform>%n Plugin</numerusform>
            <numerusform>%n Plugins</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>kd::PartialsPane</name>
    <message>
        <source>&amp;New Configuration…</source>
        <translation>&amp;Neue Konfiguration…</translation>
    </message>
    <message>
        <source>Filter: name, type, control plane, konnect-managed, host…</source>
        <translation>Filter: Name, Typ, Control Plane, konnect-managed, Host…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a configuration to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Konfiguration, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>created by Konnect for a managed cache</source>
        <translation>von Konnect für einen verwalteten Cache angelegt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>No plugin links this configuration.</source>
        <translation>Kein Plugin verknüpft diese Konfiguration.</translation>
    </message>
    <message>
        <source>Redis configuration</source>
        <translation>Redis-Konfiguration</translation>
    </message>
    <message>
        <source>Redis configurations</source>
        <translation>Redis-Konfigurationen</translation>
    </message>
    <message>
        <source>Konnect manages this configuration for a managed cache: delete the managed cache instead.</source>
        <translation>Konnect verwaltet diese Konfiguration für einen verwalteten Cache: Löschen Sie stattdessen den verwalteten Cache.</translation>
    </message>
    <message>
        <source>Sign in to see your Redis configurations.</source>
        <translation>Melden Sie sich an, um Ihre Redis-Konfigurationen zu sehen.</translation>
    </message>
    <message>
        <source>No Redis configurations. Create one (Ctrl+N), or provision a managed cache and Konnect makes one for it.</source>
        <translation>Keine Redis-Konfigurationen. Legen Sie eine an (Strg+N), oder stellen Sie einen verwalteten Cache bereit, dann legt Konnect eine dafür an.</translation>
    </message>
    <message>
        <source>Delete the configuration (Del)</source>
        <translation>Die Konfiguration löschen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>Linked by %n plugins:</source>
        <translation>
            <numerusform>Verknüpft von %n Plugin:</numerusform>
            <numerusform>Verknüpft von %n Plugins:</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration in use</source>
        <translation>Konfiguration wird verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while %n plugins link it. Remove them, or point them at another configuration, first.</source>
        <translation>
            <numerusform>%1 kann nicht gelöscht werden, solange %n Plugin damit verknüpft ist. Entfernen Sie es zuerst oder verweisen Sie es auf eine andere Konfiguration.</numerusform>
            <numerusform>%1 kann nicht gelöscht werden, solange %n Plugins damit verknüpft sind. Entfernen Sie sie zuerst oder verweisen Sie sie auf eine andere Konfiguration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plugins of its control plane can no longer link it.</source>
        <translation>Plugins ihrer Control Plane können sie nicht mehr verknüpfen.</translation>
    </message>
</context>
<context>
    <name>kd::PluginDialog</name>
    <message>
        <source>New plugin</source>
        <translation>Neues Plugin</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Control Plane:</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>Control Plane:</translation>
    </message>
    <message>
        <source>&amp;Plugin:</source>
        <translation>&amp;Plugin:</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>&amp;Instanzname:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Window type:</source>
        <translation>&amp;Fenstertyp:</translation>
    </message>
    <message>
        <source>Count &amp;per:</source>
        <translation>Zählen &amp;pro:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>&amp;Redis configuration:</source>
        <translation>&amp;Redis-Konfiguration:</translation>
    </message>
    <message>
        <source>seconds between syncs with Redis, e.g. 0.5</source>
        <translation>Sekunden zwischen Abgleichen mit Redis, z. B. 0.5</translation>
    </message>
    <message>
        <source>S&amp;ync rate:</source>
        <translation>Ab&amp;gleichrate:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Cache &amp;TTL (s):</source>
        <translation>Cache-&amp;TTL (s):</translation>
    </message>
    <message>
        <source>C&amp;ontent types:</source>
        <translation>C&amp;ontent-Typen:</translation>
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation>Als &amp;JSON bearbeiten…</translation>
    </message>
    <message>
        <source>For plugins that cannot link a Redis configuration: sets config.redis to the {vault://env/ADDON_MANAGED_CACHE_…} references of this control plane's managed cache.</source>
        <translation>Für Plugins, die keine Redis-Konfiguration verknüpfen können: setzt config.redis auf die {vault://env/ADDON_MANAGED_CACHE_…}-Referenzen des verwalteten Caches dieser Control Plane.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Limits per provider:</source>
        <translation>&amp;Limits je Anbieter:</translation>
    </message>
    <message>
        <source>provider limit/window in s, e.g. openai 100000/60</source>
        <translation>Anbieter Limit/Fenster in s, z. B. openai 100000/60</translation>
    </message>
    <message>
        <source>&amp;Limits:</source>
        <translation>&amp;Limits:</translation>
    </message>
    <message>
        <source>requests/window in s, e.g. 100/60, 5000/3600</source>
        <translation>Anfragen/Fenster in s, z. B. 100/60, 5000/3600</translation>
    </message>
    <message>
        <source>None: strategy decides where counters live</source>
        <translation>Keine: Die Strategie bestimmt, wo die Zähler liegen</translation>
    </message>
    <message>
        <source> (managed cache)</source>
        <translation> (verwalteter Cache)</translation>
    </message>
    <message>
        <source>Give at least one limit, such as 100/60 (100 requests a minute).</source>
        <translation>Geben Sie mindestens ein Limit an, etwa 100/60 (100 Anfragen pro Minute).</translation>
    </message>
    <message>
        <source>"%1": write the provider, then limit/window, such as openai 100000/60.</source>
        <translation>„%1“: Schreiben Sie den Anbieter, dann Limit/Fenster, etwa openai 100000/60.</translation>
    </message>
    <message>
        <source>"%1" is not limit/window (both above 0).</source>
        <translation>„%1“ ist nicht Limit/Fenster (beide über 0).</translation>
    </message>
    <message>
        <source>The sync rate is a number of seconds, such as 0.5.</source>
        <translation>Die Abgleichrate ist eine Zahl von Sekunden, etwa 0.5.</translation>
    </message>
    <message>
        <source>Strategy %1 needs a sync rate; Kong recommends 0.5.</source>
        <translation>Die Strategie %1 braucht eine Abgleichrate; Kong empfiehlt 0.5.</translation>
    </message>
    <message>
        <source>The smallest sync rate Kong accepts is 0.02.</source>
        <translation>Die kleinste Abgleichrate, die Kong akzeptiert, ist 0.02.</translation>
    </message>
    <message>
        <source>The cache TTL is a number of seconds above 0.</source>
        <translation>Die Cache-TTL ist eine Zahl von Sekunden über 0.</translation>
    </message>
    <message>
        <source>List the content types to cache, such as application/json.</source>
        <translation>Nennen Sie die zu cachenden Content-Typen, etwa application/json.</translation>
    </message>
    <message>
        <source>Strategy redis needs a Redis configuration: pick one (the managed cache's, for example).</source>
        <translation>Die Strategie redis braucht eine Redis-Konfiguration: Wählen Sie eine (etwa die des verwalteten Caches).</translation>
    </message>
    <message>
        <source>Name the plugin, such as key-auth.</source>
        <translation>Nennen Sie das Plugin, etwa key-auth.</translation>
    </message>
    <message>
        <source>Fill &amp;Managed-Cache References</source>
        <translation>Referenzen des &amp;verwalteten Caches einsetzen</translation>
    </message>
</context>
<context>
    <name>kd::PluginModel</name>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Linked configuration</source>
        <translation>Verknüpfte Konfiguration</translation>
    </message>
</context>
<context>
    <name>kd::PluginsPane</name>
    <message>
        <source>&amp;New Plugin…</source>
        <translation>&amp;Neues Plugin…</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dea&amp;ktivieren</translation>
    </message>
    <message>
        <source>Filter: plugin, instance, control plane, scope, configuration…</source>
        <translation>Filter: Plugin, Instanz, Control Plane, Geltungsbereich, Konfiguration…</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a plugin to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Plugin, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Uses the configuration &lt;a href='partial:%1'&gt;%2&lt;/a&gt;</source>
        <translation>Verwendet die Konfiguration &lt;a href='partial:%1'&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Its data planes stop running it within seconds.</source>
        <translation>Seine Data Planes hören binnen Sekunden auf, es auszuführen.</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Sign in to see your plugins.</source>
        <translation>Melden Sie sich an, um Ihre Plugins zu sehen.</translation>
    </message>
    <message>
        <source>No plugins on these control planes. Add one (Ctrl+N).</source>
        <translation>Keine Plugins auf diesen Control Planes. Fügen Sie eines hinzu (Strg+N).</translation>
    </message>
</context>
<context>
    <name>kd::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Choose at least one geo to query.</source>
        <translation>Wählen Sie mindestens ein Geo.</translation>
    </message>
    <message>
        <source>The global host is always used; choose regional geos only.</source>
        <translation>Der globale Host wird immer verwendet; wählen Sie nur regionale Geos.</translation>
    </message>
</context>
<context>
    <name>kd::ProvisionCacheWizard</name>
    <message>
        <source>Provision a managed cache</source>
        <translation>Einen verwalteten Cache bereitstellen</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Managed caches serve AWS and Azure data-plane groups of a Dedicated Cloud Gateway running Kong Gateway 3.13 or later.</source>
        <translation>Verwaltete Caches bedienen AWS- und Azure-Data-Plane-Gruppen eines Dedicated Cloud Gateway mit Kong Gateway 3.13 oder neuer.</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Control Plane:</translation>
    </message>
    <message>
        <source>%1 · about %2 GiB</source>
        <translation>%1 · etwa %2 GiB</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>About 70–75% of the memory is usable. Tiers can grow later, never shrink; a tier your organisation has not enabled is refused.</source>
        <translation>Etwa 70–75 % des Speichers sind nutzbar. Stufen können später wachsen, nie schrumpfen; eine Stufe, die Ihre Organisation nicht freigeschaltet hat, wird abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This is sent to Konnect. Provisioning takes about 15 minutes; the Managed caches pane follows it, group by group.</source>
        <translation>Dies wird an Konnect gesendet. Die Bereitstellung dauert etwa 15 Minuten; der Bereich Verwaltete Caches verfolgt sie Gruppe für Gruppe.</translation>
    </message>
    <message>
        <source>POST /v2/cloud-gateways/add-ons</source>
        <translation>POST /v2/cloud-gateways/add-ons</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Control plane and name</source>
        <translation>Control Plane und Name</translation>
    </message>
    <message>
        <source>Give the cache a name (1 to 70 characters).</source>
        <translation>Geben Sie dem Cache einen Namen (1 bis 70 Zeichen).</translation>
    </message>
    <message>
        <source>The organisation already has a managed cache called %1%2: names are unique across the organisation.</source>
        <translation>Die Organisation hat bereits einen verwalteten Cache namens %1%2: Namen sind in der ganzen Organisation eindeutig.</translation>
    </message>
    <message>
        <source> (on %1)</source>
        <translation> (auf %1)</translation>
    </message>
    <message>
        <source>Sent to Konnect. Cancel now only closes this window: the cache is still created, and the Managed caches pane follows it to ready.</source>
        <translation>An Konnect gesendet. Abbrechen schließt jetzt nur dieses Fenster: Der Cache wird trotzdem angelegt, und der Bereich Verwaltete Caches verfolgt ihn, bis er bereit ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>kd::ProvisionProgress</name>
    <message>
        <source>Provisioning %1</source>
        <translation>%1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of about %2 min</source>
        <translation>%1 von etwa %2 min</translation>
    </message>
    <message>
        <source>%1 min, longer than the usual %2</source>
        <translation>%1 min, länger als die üblichen %2</translation>
    </message>
</context>
<context>
    <name>kd::ProvisionTracker</name>
    <message>
        <source>The managed cache %1 is deleted.</source>
        <translation>Der verwaltete Cache %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>The managed cache %1 is still there.</source>
        <translation>Der verwaltete Cache %1 ist noch vorhanden.</translation>
    </message>
    <message>
        <source>The managed cache %1 is gone; it was deleted before it became ready.</source>
        <translation>Der verwaltete Cache %1 ist weg; er wurde gelöscht, bevor er bereit war.</translation>
    </message>
    <message>
        <source>The managed cache %1 is ready.</source>
        <translation>Der verwaltete Cache %1 ist bereit.</translation>
    </message>
    <message>
        <source>The managed cache %1 failed: %2</source>
        <translation>Der verwaltete Cache %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Konnect has no managed cache %1: the request never reached it. You can provision it again.</source>
        <translation>Konnect hat keinen verwalteten Cache %1: Die Anfrage hat Konnect nie erreicht. Sie können ihn erneut bereitstellen.</translation>
    </message>
</context>
<context>
    <name>kd::ResizeCacheDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <source>%1 · about %2 GiB</source>
        <translation>%1 · etwa %2 GiB</translation>
    </message>
    <message>
        <source>Now %1. Tiers only grow; the resize applies at once and keeps the data, with interruptions of a few seconds. About 70–75% of the memory is usable.</source>
        <translation>Jetzt %1. Stufen können nur wachsen; die Änderung wirkt sofort und behält die Daten, mit Unterbrechungen von wenigen Sekunden. Etwa 70–75 % des Speichers sind nutzbar.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>This cache already has the largest tier.</source>
        <translation>Dieser Cache hat bereits die größte Stufe.</translation>
    </message>
</context>
<context>
    <name>kd::ReviewDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>kd::SecretStore</name>
    <message>
        <source>No token is saved for %1.</source>
        <translation>Für %1 ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation>Der Schlüsselbund hat das Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>The keychain could not forget the token: %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht vergessen: %1</translation>
    </message>
</context>
<context>
    <name>kd::Session</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation>Die CA-Datei enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>A Konnect token starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation>Ein Konnect-Token beginnt mit kpat_ (Personal Access Token) oder spat_ (System-Account-Token).</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>System account · %1</source>
        <translation>System-Account · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Data-plane groups</source>
        <translation>Data-Plane-Gruppen</translation>
    </message>
    <message>
        <source>The data-plane groups of %1 have settled; Gateways shows each one's state.</source>
        <translation>Die Data-Plane-Gruppen von %1 haben einen Endzustand erreicht; der Bereich Gateways zeigt den Zustand jeder Gruppe.</translation>
    </message>
    <message>
        <source>Background follow</source>
        <translation>Verfolgung im Hintergrund</translation>
    </message>
    <message numerus="yes">
        <source>An operation was followed for %n hours without settling; the app stopped asking. Refresh (F5) to see its state.</source>
        <translation>
            <numerusform>Ein Vorgang wurde %n Stunde lang verfolgt, ohne einen Endzustand zu erreichen; die App fragt nicht mehr nach. Aktualisieren Sie (F5), um seinen Zustand zu sehen.</numerusform>
            <numerusform>Ein Vorgang wurde %n Stunden lang verfolgt, ohne einen Endzustand zu erreichen; die App fragt nicht mehr nach. Aktualisieren Sie (F5), um seinen Zustand zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Export as Code…</source>
        <translation>Als Code &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SignInDialog</name>
    <message>
        <source>Sign in to Konnect</source>
        <translation>Bei Konnect anmelden</translation>
    </message>
    <message>
        <source>A name for this organisation; saved profiles are listed.</source>
        <translation>Ein Name für diese Organisation; gespeicherte Profile werden aufgelistet.</translation>
    </message>
    <message>
        <source>kpat_… (personal) or spat_… (system account)</source>
        <translation>kpat_… (persönlich) oder spat_… (System-Account)</translation>
    </message>
    <message>
        <source>Create a personal access token in Konnect under &lt;i&gt;Personal access tokens&lt;/i&gt;, or use a system account token. It is kept in your system keychain, never in a file.</source>
        <translation>Legen Sie in Konnect unter &lt;i&gt;Personal access tokens&lt;/i&gt; ein persönliches Token an, oder verwenden Sie ein System-Account-Token. Es wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>optional PEM file, for a TLS-inspecting proxy</source>
        <translation>optionale PEM-Datei, für einen TLS-prüfenden Proxy</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle (*)</translation>
    </message>
    <message>
        <source>Endpoint template:</source>
        <translation>Endpunktvorlage:</translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation>Zusätzliche CA:</translation>
    </message>
    <message>
        <source>Geos:</source>
        <translation>Geos:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>kd::SignInFlow</name>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Meine Organisation</translation>
    </message>
    <message>
        <source>Paste a Konnect token: it starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation>Fügen Sie ein Konnect-Token ein: Es beginnt mit kpat_ (Personal Access Token) oder spat_ (System-Account-Token).</translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation>Offline · %1</translation>
    </message>
    <message>
        <source>Konnect cannot be reached (%1). Showing the last snapshot, read-only; nothing can be changed until the connection is back.</source>
        <translation>Konnect ist nicht erreichbar (%1). Der letzte Snapshot wird schreibgeschützt angezeigt; bis die Verbindung zurück ist, lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No system keychain answered (%1): the token is kept in memory for this run only, and you will be asked again next time.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet (%1): Das Token bleibt nur für diese Sitzung im Speicher, und Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <source>Signed out of %1; its token was removed from the keychain.</source>
        <translation>Von %1 abgemeldet; das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the snapshot from %1 (%n minutes old) while Konnect is read.</source>
        <translation>
            <numerusform>Snapshot von %1 (%n Minute alt) wird angezeigt, während Konnect gelesen wird.</numerusform>
            <numerusform>Snapshot von %1 (%n Minuten alt) wird angezeigt, während Konnect gelesen wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SnapshotText</name>
    <message>
        <source>The offline snapshot could not be %1: %2</source>
        <translation>Der Offline-Snapshot konnte nicht %1 werden: %2</translation>
    </message>
    <message>
        <source>it has no save time</source>
        <translation>er hat keinen Speicherzeitpunkt</translation>
    </message>
    <message>
        <source>it has no completion mark</source>
        <translation>ihm fehlt die Abschlussmarke</translation>
    </message>
    <message>
        <source>The offline snapshot could not be written to %1: %2. Check that you may write there.</source>
        <translation>Der Offline-Snapshot konnte nicht nach %1 geschrieben werden: %2. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>The offline snapshot could not be saved: %1</source>
        <translation>Der Offline-Snapshot konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The offline snapshot could not be flushed to disk (%1); the previous one is kept. Check the free space and the disk.</source>
        <translation>Der Offline-Snapshot konnte nicht auf die Platte geschrieben werden (%1); der vorige bleibt erhalten. Prüfen Sie den freien Platz und die Platte.</translation>
    </message>
    <message>
        <source>The offline snapshot could not be moved to %1 (%2); the previous one is kept. Check that you may write to that folder.</source>
        <translation>Der Offline-Snapshot konnte nicht nach %1 verschoben werden (%2); der vorige bleibt erhalten. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted before it replaced the previous one; its file was complete and is used now.</source>
        <translation>Das letzte Speichern des Offline-Snapshots wurde unterbrochen, bevor es den vorigen ersetzte; seine Datei war vollständig und wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted, and its complete file %1 could not be put in place (%2). Check that you may write to %3.</source>
        <translation>Das letzte Speichern des Offline-Snapshots wurde unterbrochen, und seine vollständige Datei %1 ließ sich nicht an ihren Platz bringen (%2). Prüfen Sie, ob Sie in %3 schreiben dürfen.</translation>
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file, %1, that could not be removed. Remove it yourself.</source>
        <translation>Das letzte Speichern des Offline-Snapshots wurde unterbrochen und hinterließ die unvollständige Datei %1, die nicht entfernt werden konnte. Entfernen Sie sie selbst.</translation>
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file (%1); it was removed and the previous snapshot is used. A new one is saved after the next successful sync.</source>
        <translation>Das letzte Speichern des Offline-Snapshots wurde unterbrochen und hinterließ eine unvollständige Datei (%1); sie wurde entfernt, und der vorige Snapshot wird verwendet. Ein neuer wird nach der nächsten erfolgreichen Synchronisierung gespeichert.</translation>
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file (%1); it was removed. There is no snapshot to show until the next successful sync.</source>
        <translation>Das letzte Speichern des Offline-Snapshots wurde unterbrochen und hinterließ eine unvollständige Datei (%1); sie wurde entfernt. Bis zur nächsten erfolgreichen Synchronisierung gibt es keinen Snapshot.</translation>
    </message>
    <message>
        <source>There is no offline snapshot yet.</source>
        <translation>Es gibt noch keinen Offline-Snapshot.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>The offline snapshot was written by a newer version of Konnect Desk; it is replaced after the next successful sync.</source>
        <translation>Der Offline-Snapshot stammt von einer neueren Version von Konnect Desk; er wird nach der nächsten erfolgreichen Synchronisierung ersetzt.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you may write to %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie in %2 schreiben dürfen.</translation>
    </message>
    <message>
        <source>Only you should be able to open %1, but its permissions could not be changed. Check who owns it.</source>
        <translation>Nur Sie sollten %1 öffnen können, aber die Berechtigungen ließen sich nicht ändern. Prüfen Sie, wem die Datei gehört.</translation>
    </message>
</context>
<context>
    <name>kd::SyncStatus</name>
    <message>
        <source>Syncing %1 of %2 hosts: %3</source>
        <translation>Synchronisiere %1 von %2 Hosts: %3</translation>
    </message>
    <message>
        <source>In sync at %1</source>
        <translation>Synchron um %1</translation>
    </message>
    <message>
        <source>Konnect's rate limit: waiting until %1, as Konnect asked</source>
        <translation>Rate-Limit von Konnect: Warten bis %1, wie Konnect verlangt</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts failed to sync: %1</source>
        <translation>
            <numerusform>%n Host konnte nicht synchronisiert werden: %1</numerusform>
            <numerusform>%n Hosts konnten nicht synchronisiert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TablePane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Could not find out which plugins use %1, so it was not deleted: %2 Try again when Konnect answers.</source>
        <translation>Es ließ sich nicht ermitteln, welche Plugins %1 verwenden, daher wurde nichts gelöscht: %2 Versuchen Sie es erneut, wenn Konnect antwortet.</translation>
    </message>
</context>
<context>
    <name>kd::TelemetryChart</name>
    <message>
        <source>Cannot write %1; choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Waiting for the analytics budget</source>
        <translation>Warten auf das Analysebudget</translation>
    </message>
    <message>
        <source>No traffic in this range</source>
        <translation>Kein Verkehr in diesem Zeitraum</translation>
    </message>
    <message>
        <source>time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>exportiert %1</translation>
    </message>
    <message>
        <source>Chart of %1 over time; its values are in the exported CSV</source>
        <translation>Diagramm von %1 über die Zeit; die Werte stehen im exportierten CSV</translation>
    </message>
</context>
<context>
    <name>kd::TelemetryFeed</name>
    <message numerus="yes">
        <source>Konnect allows %1 analytics queries a minute: %n more of this refresh follow at %2.</source>
        <translation>
            <numerusform>Konnect erlaubt %1 Analyseabfragen pro Minute: %n weitere dieser Aktualisierung folgt um %2.</numerusform>
            <numerusform>Konnect erlaubt %1 Analyseabfragen pro Minute: %n weitere dieser Aktualisierung folgen um %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect's analytics answered %1: waiting until %2 before asking again.</source>
        <translation>Die Analyse von Konnect antwortete %1: Warten bis %2, bevor erneut gefragt wird.</translation>
    </message>
    <message>
        <source>Konnect's analytics did not answer: %1
Refresh (Ctrl+R) to ask again; if it keeps failing, check the token's Analytics Viewer role.</source>
        <translation>Die Analyse von Konnect hat nicht geantwortet: %1
Aktualisieren Sie (Strg+R), um erneut zu fragen; wenn es weiter fehlschlägt, prüfen Sie die Rolle Analytics Viewer des Tokens.</translation>
    </message>
</context>
<context>
    <name>kd::TelemetryPane</name>
    <message>
        <source>Gateway-made 429s only</source>
        <translation>Nur vom Gateway erzeugte 429</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Refresh Charts</source>
        <translation>Diagramme &amp;aktualisieren</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <source>12 hours</source>
        <translation>12 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>Response latency</source>
        <translation>Antwortlatenz</translation>
    </message>
    <message>
        <source>Upstream latency</source>
        <translation>Upstream-Latenz</translation>
    </message>
    <message>
        <source>Kong latency</source>
        <translation>Kong-Latenz</translation>
    </message>
    <message>
        <source>Per cache</source>
        <translation>Je Cache</translation>
    </message>
    <message>
        <source>Per cloud region</source>
        <translation>Je Cloud-Region</translation>
    </message>
    <message>
        <source> Scope: </source>
        <translation> Umfang: </translation>
    </message>
    <message>
        <source>  Range: </source>
        <translation>  Zeitraum: </translation>
    </message>
    <message>
        <source>  Lines: </source>
        <translation>  Linien: </translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Errors: 4xx and 5xx share of requests</source>
        <translation>Fehler: Anteil 4xx und 5xx an den Anfragen</translation>
    </message>
    <message>
        <source>Proxy cache hit ratio</source>
        <translation>Trefferquote des Proxy-Caches</translation>
    </message>
    <message>
        <source>Rate-limit violations: 429s per minute</source>
        <translation>Rate-Limit-Verstöße: 429 pro Minute</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As PNG…</source>
        <translation>Als PNG…</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>Per geo: a share per control plane would need three dimensions (time, status, control plane) and Konnect allows two.</source>
        <translation>Je Geo: Ein Anteil je Control Plane bräuchte drei Dimensionen (Zeit, Status, Control Plane), und Konnect erlaubt zwei.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Ganze Organisation</translation>
    </message>
    <message>
        <source>Geo %1</source>
        <translation>Geo %1</translation>
    </message>
    <message>
        <source>Control plane %1</source>
        <translation>Control Plane %1</translation>
    </message>
    <message>
        <source>next at %1</source>
        <translation>nächste um %1</translation>
    </message>
    <message>
        <source>turn on Live or press Refresh for new data</source>
        <translation>Live einschalten oder Aktualisieren drücken für neue Daten</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <source>Per geo</source>
        <translation>Je Geo</translation>
    </message>
    <message>
        <source>Per control plane</source>
        <translation>Je Control Plane</translation>
    </message>
    <message>
        <source>Konnect's analytics know data-plane nodes, not cloud gateway groups: lines per cloud region and data-plane group exist for managed caches only.</source>
        <translation>Die Analyse von Konnect kennt Data-Plane-Knoten, nicht Cloud-Gateway-Gruppen: Linien je Cloud-Region und Data-Plane-Gruppe gibt es nur für verwaltete Caches.</translation>
    </message>
    <message>
        <source>Per data-plane group</source>
        <translation>Je Data-Plane-Gruppe</translation>
    </message>
    <message>
        <source>Per provider</source>
        <translation>Je Anbieter</translation>
    </message>
    <message>
        <source>Per model</source>
        <translation>Je Modell</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Managed cache memory used</source>
        <translation>Belegter Speicher verwalteter Caches</translation>
    </message>
    <message>
        <source>Managed cache evictions and expirations</source>
        <translation>Verdrängungen und Abläufe verwalteter Caches</translation>
    </message>
    <message>
        <source>Managed cache items</source>
        <translation>Einträge verwalteter Caches</translation>
    </message>
    <message>
        <source>AI usage</source>
        <translation>KI-Nutzung</translation>
    </message>
    <message>
        <source>Keep memory under 70–75 %: above it Redis evicts keys, and rate-limit counters can reset early. Lines are per cache, cloud region or data-plane group, one at a time (Konnect allows one dimension besides time).</source>
        <translation>Halten Sie den Speicher unter 70–75 %: Darüber verdrängt Redis Schlüssel, und Rate-Limit-Zähler können vorzeitig zurückgesetzt werden. Linien gibt es je Cache, Cloud-Region oder Data-Plane-Gruppe, jeweils nur eine Art (Konnect erlaubt eine Dimension neben der Zeit).</translation>
    </message>
    <message>
        <source>Waiting for the analytics budget until %1</source>
        <translation>Warten auf das Analysebudget bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n analytics queries a refresh</source>
        <translation>
            <numerusform>%n Analyseabfrage pro Aktualisierung</numerusform>
            <numerusform>%n Analyseabfragen pro Aktualisierung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TopologyPane</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Telemetry Overlay</source>
        <translation>&amp;Telemetrie-Overlay</translation>
    </message>
    <message>
        <source>Control plane or label, e.g. env:prod</source>
        <translation>Control Plane oder Label, z. B. env:prod</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Cannot write %1: choose a file ending in .png or .svg in a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: Wählen Sie eine Datei mit der Endung .png oder .svg in einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>The map is saved as %1.</source>
        <translation>Die Karte ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>&amp;Fit to Fleet</source>
        <translation>&amp;Flotte einpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show the whole fleet (what the filter leaves)</source>
        <translation>Die ganze Flotte zeigen (was der Filter übrig lässt)</translation>
    </message>
    <message>
        <source>p95 latency and error rate of each group's control plane, memory use of each group's cache (from Konnect's analytics, within its budget)</source>
        <translation>p95-Latenz und Fehlerquote der Control Plane jeder Gruppe, Speichernutzung des Caches jeder Gruppe (aus der Analyse von Konnect, im Rahmen ihres Budgets)</translation>
    </message>
    <message>
        <source>%1: latency and errors for the whole control plane (Konnect's analytics do not tell data-plane groups apart)</source>
        <translation>%1: Latenz und Fehler für die ganze Control Plane (die Analyse von Konnect unterscheidet keine Data-Plane-Gruppen)</translation>
    </message>
    <message numerus="yes">
        <source>%n control planes</source>
        <translation>
            <numerusform>%n Control Plane</numerusform>
            <numerusform>%n Control Planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n Data-Plane-Gruppe</numerusform>
            <numerusform>%n Data-Plane-Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n regions</source>
        <translation>
            <numerusform>in %n Region</numerusform>
            <numerusform>in %n Regionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed cache nodes</source>
        <translation>
            <numerusform>%n verwalteter Cache-Knoten</numerusform>
            <numerusform>%n verwaltete Cache-Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups with problems</source>
        <translation>
            <numerusform>%n Gruppe mit Problemen</numerusform>
            <numerusform>%n Gruppen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect Desk topology · %1</source>
        <translation>Konnect-Desk-Topologie · %1</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>Cannot write %1: choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation><numerusform>%n Hinweis</numerusform><numerusform>%n Hinweise</numerusform></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation>Berater: %1</translation>
    </message>
</context>
<context>
    <name>kd::TopologyView</name>
    <message>
        <source>Topology map</source>
        <translation>Topologiekarte</translation>
    </message>
    <message>
        <source>Control planes at their Konnect geo, data-plane groups at their cloud region and managed caches beside them; the details panel describes the selection</source>
        <translation>Control Planes an ihrem Konnect-Geo, Data-Plane-Gruppen in ihrer Cloud-Region und verwaltete Caches daneben; der Detailbereich beschreibt die Auswahl</translation>
    </message>
</context>
<context>
    <name>kd::Transport</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>mehr als %1 MB</translation>
    </message>
    <message>
        <source>the answer took longer than %1 s</source>
        <translation>die Antwort dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>This sync made %1 requests, more than the organisation's lists call for.</source>
        <translation>Diese Synchronisierung machte %1 Anfragen, mehr als die Listen der Organisation erfordern.</translation>
    </message>
    <message>
        <source>Konnect asked to wait %1 s, longer than the app waits</source>
        <translation>Konnect bat, %1 s zu warten, länger als die App wartet</translation>
    </message>
    <message>
        <source>Waiting %1 s before trying again.</source>
        <translation>Warte %1 s vor dem nächsten Versuch.</translation>
    </message>
</context>
<context>
    <name>kd::advisor::CacheService</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The control plane has no managed cache: Redis-backed plugins use local counters or their own Redis.</source>
        <translation>Die Control Plane hat keinen verwalteten Cache: Redis-gestützte Plugins verwenden lokale Zähler oder ihr eigenes Redis.</translation>
    </message>
    <message>
        <source>Provision a managed cache for the control plane.</source>
        <translation>Stellen Sie einen verwalteten Cache für die Control Plane bereit.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Served by the managed cache %1.</source>
        <translation>Bedient vom verwalteten Cache %1.</translation>
    </message>
    <message>
        <source>Konnect is setting up the managed cache %1 for this group (about 15 minutes).</source>
        <translation>Konnect richtet den verwalteten Cache %1 für diese Gruppe ein (etwa 15 Minuten).</translation>
    </message>
    <message>
        <source>The managed cache %1 is being deleted.</source>
        <translation>Der verwaltete Cache %1 wird gelöscht.</translation>
    </message>
    <message>
        <source>Konnect reports the managed cache %1 as %2 for this group.</source>
        <translation>Konnect meldet den verwalteten Cache %1 für diese Gruppe als %2.</translation>
    </message>
    <message>
        <source>Konnect reports the managed cache %1 as %2 for this group: %3</source>
        <translation>Konnect meldet den verwalteten Cache %1 für diese Gruppe als %2: %3</translation>
    </message>
    <message>
        <source>Check the group's network; if the error stays, contact Kong support with the cache id.</source>
        <translation>Prüfen Sie das Netzwerk der Gruppe; wenn der Fehler bleibt, wenden Sie sich mit der Cache-ID an den Kong-Support.</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht bedient</translation>
    </message>
    <message>
        <source>Konnect serves managed caches on AWS and Azure only: plugins on this %1 group keep local or self-managed state, so their limits differ from the other clouds.</source>
        <translation>Konnect bietet verwaltete Caches nur auf AWS und Azure an: Plugins dieser Gruppe auf %1 behalten lokalen oder selbst verwalteten Zustand, daher weichen ihre Limits von denen der anderen Clouds ab.</translation>
    </message>
    <message>
        <source>Move the group to AWS or Azure, or accept it with a note.</source>
        <translation>Verschieben Sie die Gruppe nach AWS oder Azure, oder akzeptieren Sie es mit einer Notiz.</translation>
    </message>
    <message>
        <source>The group is %1: Konnect adds it to the managed cache %2 once it is ready.</source>
        <translation>Die Gruppe ist %1: Konnect fügt sie dem verwalteten Cache %2 hinzu, sobald sie bereit ist.</translation>
    </message>
    <message>
        <source>The managed cache %1 does not list this group, so Konnect has not deployed it here.</source>
        <translation>Der verwaltete Cache %1 führt diese Gruppe nicht auf, Konnect hat ihn hier also nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>Refresh; if it stays, redeploy the group's configuration or contact Kong support.</source>
        <translation>Aktualisieren Sie; wenn es so bleibt, stellen Sie die Konfiguration der Gruppe erneut bereit oder wenden Sie sich an den Kong-Support.</translation>
    </message>
    <message>
        <source>There is no Dedicated Cloud Gateway control plane.</source>
        <translation>Es gibt keine Dedicated-Cloud-Gateway-Control-Plane.</translation>
    </message>
    <message>
        <source>This control plane already has the cache %1 (%2). Konnect allows one per control plane: resize it in the Managed caches pane instead.</source>
        <translation>Diese Control Plane hat bereits den Cache %1 (%2). Konnect erlaubt einen pro Control Plane: Ändern Sie stattdessen seine Größe im Bereich Verwaltete Caches.</translation>
    </message>
    <message>
        <source>This control plane has no data-plane group yet: deploy one first (a cache without data planes shows ready but cannot be used).</source>
        <translation>Diese Control Plane hat noch keine Data-Plane-Gruppe: Stellen Sie zuerst eine bereit (ein Cache ohne Data Planes zeigt „bereit“, ist aber nicht nutzbar).</translation>
    </message>
    <message>
        <source>%1 %2: served</source>
        <translation>%1 %2: bedient</translation>
    </message>
    <message>
        <source>%1 %2: not served; plugins there keep local or self-managed state</source>
        <translation>%1 %2: nicht bedient; Plugins dort behalten lokalen oder selbst verwalteten Zustand</translation>
    </message>
    <message>
        <source>Kong Gateway %1</source>
        <translation>Kong Gateway %1</translation>
    </message>
    <message>
        <source>Kong Gateway %1: managed caches need 3.13 or later; upgrade the configuration first.</source>
        <translation>Kong Gateway %1: Verwaltete Caches brauchen 3.13 oder neuer; aktualisieren Sie zuerst die Konfiguration.</translation>
    </message>
    <message>
        <source>No AWS or Azure group: Konnect would refuse the cache.</source>
        <translation>Keine AWS- oder Azure-Gruppe: Konnect würde den Cache ablehnen.</translation>
    </message>
</context>
<context>
    <name>kd::advisor::Finding</name>
    <message>
        <source>In error</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Partial linked and inline values kept</source>
        <translation>Partial verknüpft und Inline-Werte beibehalten</translation>
    </message>
    <message>
        <source>Group on a cloud the cache does not serve</source>
        <translation>Gruppe in einer Cloud, die der Cache nicht bedient</translation>
    </message>
    <message>
        <source>Group not served by the managed cache</source>
        <translation>Gruppe nicht vom verwalteten Cache bedient</translation>
    </message>
    <message>
        <source>Managed cache not used</source>
        <translation>Verwalteter Cache nicht genutzt</translation>
    </message>
    <message>
        <source>Sync rate</source>
        <translation>Abgleichrate</translation>
    </message>
    <message>
        <source>Rate-limiting namespace shared</source>
        <translation>Rate-Limiting-Namespace geteilt</translation>
    </message>
    <message>
        <source>Cache memory high</source>
        <translation>Cache-Speicher hoch</translation>
    </message>
    <message>
        <source>One Redis for several regions</source>
        <translation>Ein Redis für mehrere Regionen</translation>
    </message>
    <message>
        <source>No env label</source>
        <translation>Kein env-Label</translation>
    </message>
    <message>
        <source>Production shares with non-production</source>
        <translation>Produktion teilt mit Nicht-Produktion</translation>
    </message>
    <message>
        <source>Gateway versions differ</source>
        <translation>Gateway-Versionen weichen ab</translation>
    </message>
    <message>
        <source>Plugin sets differ</source>
        <translation>Plugin-Sätze weichen ab</translation>
    </message>
    <message>
        <source>Stuck initializing</source>
        <translation>Hängt in initializing</translation>
    </message>
    <message>
        <source>Production in a single region</source>
        <translation>Produktion in nur einer Region</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Nodes run different gateway versions</source>
        <translation>Nodes laufen mit verschiedenen Gateway-Versionen</translation>
    </message>
    <message>
        <source>Nodes behind the configuration's version</source>
        <translation>Nodes hinter der Version der Konfiguration</translation>
    </message>
</context>
<context>
    <name>kd::advisor::Governance</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Rate-Limits</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
</context>
<context>
    <name>kd::advisor::Rules</name>
    <message>
        <source>The network %1 carries production and non-production gateways: a test can reach production.</source>
        <translation>Das Netzwerk %1 trägt produktive und nicht produktive Gateways: Ein Test kann die Produktion erreichen.</translation>
    </message>
    <message>
        <source>Production and non-production plugins count in the same Redis %1.</source>
        <translation>Produktive und nicht produktive Plugins zählen im selben Redis %1.</translation>
    </message>
    <message>
        <source>Runs Kong Gateway %1 while other control planes of the role %2 run %3.</source>
        <translation>Läuft mit Kong Gateway %1, während andere Control Planes der Rolle %2 mit %3 laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Lacks %n plugins that other control planes of the role %1 have: %2.</source>
        <translation>
            <numerusform>Ihr fehlt %n Plugin, das andere Control Planes der Rolle %1 haben: %2.</numerusform>
            <numerusform>Ihr fehlen %n Plugins, die andere Control Planes der Rolle %1 haben: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data-plane group is in error: %1</source>
        <translation>Die Data-Plane-Gruppe ist fehlerhaft: %1</translation>
    </message>
    <message numerus="yes">
        <source>The group has been %1 for %n minutes; Konnect needs about 15.</source>
        <translation>
            <numerusform>Die Gruppe ist seit %n Minute %1; Konnect braucht etwa 15.</numerusform>
            <numerusform>Die Gruppe ist seit %n Minuten %1; Konnect braucht etwa 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every group of this production control plane is in %1: an outage there stops its traffic.</source>
        <translation>Jede Gruppe dieser produktiven Control Plane liegt in %1: Ein Ausfall dort stoppt ihren gesamten Verkehr.</translation>
    </message>
    <message>
        <source>Deploy a group in a second region</source>
        <translation>Eine Gruppe in einer zweiten Region bereitstellen</translation>
    </message>
    <message>
        <source>Konnect reports the managed cache in error.</source>
        <translation>Konnect meldet den verwalteten Cache als fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>The managed cache has been initializing for %n minutes; Konnect needs about 15.</source>
        <translation>
            <numerusform>Der verwaltete Cache ist seit %n Minute im Zustand initializing; Konnect braucht etwa 15.</numerusform>
            <numerusform>Der verwaltete Cache ist seit %n Minuten im Zustand initializing; Konnect braucht etwa 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation>Auf %1 vergrößern</translation>
    </message>
    <message>
        <source>Memory use peaks at %1 %; about 70–75 % of a cache is usable.</source>
        <translation>Die Speichernutzung erreicht bis zu %1 %; etwa 70–75 % eines Caches sind nutzbar.</translation>
    </message>
    <message>
        <source>The plugin links %1 and also gives %2 inline; Konnect refuses the next write of it.</source>
        <translation>Das Plugin verknüpft %1 und gibt zusätzlich %2 inline an; Konnect lehnt den nächsten Schreibvorgang daran ab.</translation>
    </message>
    <message>
        <source>Edit the plugin</source>
        <translation>Plugin bearbeiten</translation>
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin counts with the %2 strategy on each data plane.</source>
        <translation>Die Control Plane hat den verwalteten Cache %1, aber dieses Plugin zählt mit der Strategie %2 auf jeder Data Plane.</translation>
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin uses the self-managed Redis %2.</source>
        <translation>Die Control Plane hat den verwalteten Cache %1, aber dieses Plugin verwendet das selbst verwaltete Redis %2.</translation>
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin uses its own Redis.</source>
        <translation>Die Control Plane hat den verwalteten Cache %1, aber dieses Plugin verwendet sein eigenes Redis.</translation>
    </message>
    <message numerus="yes">
        <source>%n plugins count in the namespace "%1" on the same Redis: their counters add up.</source>
        <translation>
            <numerusform>%n Plugin zählt im Namespace „%1“ auf demselben Redis: Die Zähler addieren sich.</numerusform>
            <numerusform>%n Plugins zählen im Namespace „%1“ auf demselben Redis: Ihre Zähler addieren sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control plane has no env label, so nothing tells production from the rest.</source>
        <translation>Die Control Plane hat kein env-Label, daher unterscheidet nichts die Produktion vom Rest.</translation>
    </message>
    <message>
        <source>Edit the labels</source>
        <translation>Labels bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>The self-managed Redis %1 serves groups in %n regions: counters cross regions on every sync.</source>
        <translation>
            <numerusform>Das selbst verwaltete Redis %1 bedient Gruppen in %n Region: Die Zähler gleichen sich bei jedem Abgleich ab.</numerusform>
            <numerusform>Das selbst verwaltete Redis %1 bedient Gruppen in %n Regionen: Die Zähler gleichen sich bei jedem Abgleich über Regionen hinweg ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Network</source>
        <translation>Netzwerk anzeigen</translation>
    </message>
    <message>
        <source>Show the Partial</source>
        <translation>Partial anzeigen</translation>
    </message>
    <message>
        <source>Show the Control Plane</source>
        <translation>Control Plane anzeigen</translation>
    </message>
    <message>
        <source>Show the Group</source>
        <translation>Gruppe anzeigen</translation>
    </message>
    <message>
        <source>Move the Group to AWS or Azure</source>
        <translation>Gruppe nach AWS oder Azure verschieben</translation>
    </message>
    <message>
        <source>Show the Cache</source>
        <translation>Cache anzeigen</translation>
    </message>
    <message>
        <source>Link the Managed Cache</source>
        <translation>Verwalteten Cache verknüpfen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>The data-plane nodes of this control plane run %n Kong Gateway versions: %1.</source>
        <translation><numerusform>Die Data-Plane-Nodes dieser Control Plane laufen mit %n Kong-Gateway-Version: %1.</numerusform><numerusform>Die Data-Plane-Nodes dieser Control Plane laufen mit %n Kong-Gateway-Versionen: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n nodes still report another version than the configuration's %1, %2 minutes after it last changed: %3.</source>
        <translation><numerusform>%n Node meldet noch eine andere Version als die %1 der Konfiguration, %2 Minuten nach deren letzter Änderung: %3.</numerusform><numerusform>%n Nodes melden noch eine andere Version als die %1 der Konfiguration, %2 Minuten nach deren letzter Änderung: %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>kd::compare::ApplyPlan</name>
    <message>
        <source>apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>The target is not a live control plane: nothing can be sent.</source>
        <translation>Das Ziel ist keine Live-Control-Plane: Es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>%1: links the partial %2, which %3 does not have.</source>
        <translation>%1: verknüpft das Partial %2, das %3 nicht hat.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be changed on an existing control plane.</source>
        <translation>%1: %2 kann an einer bestehenden Control Plane nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1: the cloud side changes asynchronously; use the Gateways and Managed caches panes, which follow it.</source>
        <translation>%1: Die Cloud-Seite ändert sich asynchron; verwenden Sie die Bereiche Gateways und Verwaltete Caches, die sie verfolgen.</translation>
    </message>
    <message>
        <source>the services, routes and consumers of %1 were not read; compare again.</source>
        <translation>die Services, Routen und Consumer von %1 wurden nicht gelesen; vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>applies to a consumer group, which the compare does not match between environments; change it in the Plugins pane.</source>
        <translation>gilt für eine Consumer-Gruppe, die der Vergleich nicht zwischen Umgebungen zuordnet; ändern Sie es im Bereich Plugins.</translation>
    </message>
    <message>
        <source>%1 has no %2 called %3: create it first (decK or Terraform), then compare again.</source>
        <translation>%1 hat kein(e) %2 namens %3: Legen Sie es zuerst an (decK oder Terraform), dann vergleichen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>kd::compare::PlaneDocument</name>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Cloud gateway configuration</source>
        <translation>Cloud-Gateway-Konfiguration</translation>
    </message>
    <message>
        <source>Data-plane group %1</source>
        <translation>Data-Plane-Gruppe %1</translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation>Verwalteter Cache</translation>
    </message>
    <message>
        <source>This is not a decK file: it has no _format_version.</source>
        <translation>Dies ist keine decK-Datei: Ihr fehlt _format_version.</translation>
    </message>
    <message>
        <source>A partial in this decK file has no name or type.</source>
        <translation>Ein Partial in dieser decK-Datei hat keinen Namen oder Typ.</translation>
    </message>
    <message>
        <source>A plugin in this decK file has no name.</source>
        <translation>Ein Plugin in dieser decK-Datei hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>kd::iac::ExportPlan</name>
    <message>
        <source>Cannot create the folder for %1. Check that you may write there.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>kd::iac::yaml</name>
    <message>
        <source>The YAML reader could not start.</source>
        <translation>Der YAML-Leser konnte nicht starten.</translation>
    </message>
    <message>
        <source>This is not valid YAML (line %1, column %2): %3.</source>
        <translation>Das ist kein gültiges YAML (Zeile %1, Spalte %2): %3.</translation>
    </message>
    <message>
        <source>The file does not hold a YAML mapping at the top.</source>
        <translation>Die Datei enthält auf oberster Ebene keine YAML-Zuordnung.</translation>
    </message>
</context>
<context>
    <name>kd::plugins</name>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>The text must be one JSON object ({ … }).</source>
        <translation>Der Text muss ein JSON-Objekt sein ({ … }).</translation>
    </message>
    <message>
        <source>The plugin's name must stay "%1"; create a new plugin for another kind.</source>
        <translation>Der Name des Plugins muss „%1“ bleiben; legen Sie für eine andere Art ein neues Plugin an.</translation>
    </message>
    <message>
        <source>"enabled" must be true or false.</source>
        <translation>„enabled“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>"config" must be an object.</source>
        <translation>„config“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>"%1" must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Every entry of "partials" needs the partial's "id".</source>
        <translation>Jeder Eintrag in „partials“ braucht die „id“ des Partials.</translation>
    </message>
    <message>
        <source>"instance_name" must be text.</source>
        <translation>„instance_name“ muss Text sein.</translation>
    </message>
    <message>
        <source>A negative sync rate keeps counters in memory only: each data plane counts on its own and the shared cache is not used.</source>
        <translation>Eine negative Abgleichrate hält Zähler nur im Speicher: Jede Data Plane zählt für sich, und der gemeinsame Cache wird nicht genutzt.</translation>
    </message>
    <message>
        <source>A sync rate of 0 writes every request to Redis synchronously; expect extra latency on every call.</source>
        <translation>Eine Abgleichrate von 0 schreibt jede Anfrage synchron nach Redis; rechnen Sie mit zusätzlicher Latenz bei jedem Aufruf.</translation>
    </message>
    <message>
        <source>The smallest sync rate Kong accepts is 0.02.</source>
        <translation>Die kleinste Abgleichrate, die Kong akzeptiert, ist 0.02.</translation>
    </message>
    <message>
        <source>Kong recommends 0.5 for production; a rate below that (such as 0.1) needs a managed cache of tier xlarge or larger.</source>
        <translation>Kong empfiehlt 0.5 für den Produktivbetrieb; eine kleinere Rate (etwa 0.1) braucht einen verwalteten Cache der Stufe xlarge oder größer.</translation>
    </message>
    <message>
        <source>A sync rate of 1 second or more makes counting across data planes noticeably less accurate; Kong recommends 0.5.</source>
        <translation>Eine Abgleichrate ab 1 Sekunde macht das Zählen über Data Planes hinweg merklich ungenauer; Kong empfiehlt 0.5.</translation>
    </message>
</context>
</TS>