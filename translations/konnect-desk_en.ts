<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AxisTicks</name>
    <message>
        <source>M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CacheItem</name>
    <message>
        <source>Managed Redis, tier %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No managed cache</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NetworkRules</name>
    <message>
        <source>/%1 is not an IPv4 prefix (they end at /32): Konnect takes /%2 down to /%3, such as 10.0.0.0/16.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CIDR block is an IPv4 range with a prefix, such as 10.0.0.0/16.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/%1 is outside the prefixes Konnect accepts here: use /%2 to /%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has host bits set: the block starts at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in a range %2 supports: use one inside %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overlaps %2, which Konnect reserves in %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverlayValues</name>
    <message>
        <source>p95 %1 ms · err %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mem %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p95 ≤ %1 ms · err ≤ %2 %</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaneItem</name>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n data-plane group</numerusform>
            <numerusform>%n data-plane groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Has a managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No managed cache</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>global</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in error: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n plugin(s) use a managed cache that is in another region</source>
        <translation>
            <numerusform>%n plugin uses a managed cache that is in another region</numerusform>
            <numerusform>%n plugins use a managed cache that is in another region</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expirations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hit ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operations/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requests/min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegionItem</name>
    <message>
        <source>Location not in the region table; placed by its name.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n data-plane group</numerusform>
            <numerusform>%n data-plane groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed caches</source>
        <translation>
            <numerusform>%n managed cache</numerusform>
            <numerusform>%n managed caches</numerusform>
        </translation>
    </message>
    <message>
        <source>groups here have problems; zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every table pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh from Konnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected row's actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next control (out of the table)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand every cloud and region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the group's control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable or disable the plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the call as curl (without the token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command palette: find any entity or action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the first to ninth pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the navigator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SiteItem</name>
    <message numerus="yes">
        <source>%n control planes</source>
        <translation>
            <numerusform>%n control plane</numerusform>
            <numerusform>%n control planes</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect %1 geo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Konnect Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Konnect Desk %1&lt;/h2&gt;&lt;p&gt;Desktop administration for Kong Konnect Dedicated Cloud Gateways and Konnect-managed Redis caches across AWS, Azure and Google Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3). TLS: %4.&lt;/p&gt;&lt;p&gt;Konnect Desk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt Core, Gui, Widgets, Network, Sql, Svg, Concurrent: LGPL 3.0&lt;/li&gt;&lt;li&gt;Qt Charts, Qt HTTP Server: GPL 3.0&lt;/li&gt;&lt;li&gt;QCoro: MIT licence&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-clause licence&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;Natural Earth map data: public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Kong and Konnect are trademarks of Kong Inc. This project is not affiliated with Kong Inc.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ActivityPane</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected call as a curl command. The token is left out: curl reads it from $KONNECT_TOKEN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter calls: path, status, geo, trace id…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every request the app makes to Konnect, newest last. Tokens are never recorded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as curl. Set KONNECT_TOKEN before running it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::AdvisorPane</name>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: rule, entity, why…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which control planes apply authentication, rate limits and AI policies, and at what scope. Select a gap to add the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;No findings: the fleet follows every rule the advisor knows.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a finding to see what it names and how to fix it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plugin is gone; refresh to see the fleet as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plugin %1 will count in the managed cache: it links the konnect-managed partial, uses the Redis strategy and drops the inline Redis settings the partial replaces. This is sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now uses the managed cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache is gone; refresh to see the fleet as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moves from %2 to %3. Konnect resizes at once and keeps the data, with interruptions of a few seconds; tiers cannot be lowered again. This is sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept the finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why is this acceptable? The note is kept with this profile and shown with the finding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ccept with a Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add This &amp;Policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link the Managed Cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade the Managed Cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ⚠</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::AdvisorSummary</name>
    <message>
        <source>Open the Advisor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::AppOptions</name>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use either --demo or --token-env, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run konnect-desk --help to see the options.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--diff compares two things: --diff A B.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--export takes terraform or deck, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--export needs --out DIR: the folder to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no pane called "%1". Use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; after start-up and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the pane &lt;id&gt; first; an unknown &lt;id&gt; lists the valid ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the translation for &lt;code&gt; (for example de) instead of the system language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo organisation: starts the built-in Konnect simulator over HTTPS and signs in to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the token in environment variable &lt;var&gt; (kpat_… or spat_…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect hosts, default https://{geo}.api.konghq.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM &lt;file&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --no-gui: sign in, sync every geo once, print counts per kind and geo, and exit non-zero if any geo failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --no-gui: write the organisation (or the --control-plane ones) as &lt;format&gt; terraform or deck to the --out folder; prints a summary (JSON with --json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder --export writes to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --no-gui and two arguments A B (control planes as name or geo/name, or decK files): show what differs; exit 0 when equal, 1 when different, 2 on error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administer Kong Konnect Dedicated Cloud Gateways and managed caches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --no-gui: use the saved profile &lt;name&gt; (its geos, endpoint template, CA, snapshot and muted findings); the token comes from --token-env or else from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run without windows (with --sync, --export, --diff or --advise).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --sync, --export, --diff or --advise: print one JSON object, also when something fails (then "ok" is false and "error" says what went wrong).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --export or --advise: only this control plane (name or geo/name); repeat for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --no-gui: sign in, sync, and print the advisor's findings by severity and rule (JSON with --json); the profile's muted findings are marked and do not count. Exit 0 when no finding is an error, 1 when one is, 2 on error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use one of --sync, --export, --diff and --advise at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--no-gui goes with one of --sync, --export, --diff or --advise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--control-plane goes with --export or --advise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use either --demo or --profile, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--profile goes with --no-gui; in the window, pick the profile when you sign in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::AppearanceMenus</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect Desk will use %1 from its next start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ApplyDialog</name>
    <message>
        <source>Apply to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here can be applied from the compare.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>These %n requests will be sent to %1, in this order. A plugin that links a partial created here gets that partial's id once it exists.</source>
        <translation>
            <numerusform>This %n request will be sent to %1, in this order. A plugin that links a partial created here gets that partial's id once it exists.</numerusform>
            <numerusform>These %n requests will be sent to %1, in this order. A plugin that links a partial created here gets that partial's id once it exists.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied from here:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Requests</source>
        <translation>
            <numerusform>&amp;Send %n Request</numerusform>
            <numerusform>&amp;Send %n Requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect refused a request: %1 What was sent before it stays; the compare shows where things are now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::CacheModel</name>
    <message>
        <source>%1 (~%2 GiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No memory figures yet: Konnect's analytics report them for ready caches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory used now %1 %, at most %2 % in the range. Konnect advises staying under 70–75 %: above it Redis evicts keys and rate-limit counters can reset early; resize to a larger tier.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n plugins</source>
        <translation>
            <numerusform>%n plugin</numerusform>
            <numerusform>%n plugins</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::CacheReadyNotice</name>
    <message>
        <source>The managed cache %1 is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a Plugin Using It…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::CachesPane</name>
    <message>
        <source>&amp;Resize…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: name, control plane, tier, state, region…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a managed cache to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, about %2 GiB (70–75% usable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plugin uses this cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect tears it down over a few minutes, with its Redis configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed caches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 of about %3 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 min, longer than the usual %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet created (Konnect makes it once the cache is ready)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provisioning %1: about 15 minutes on Konnect; this pane follows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your managed caches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No managed cache yet. Provision one for a Dedicated Cloud Gateway control plane on AWS or Azure (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Used by %n plugins:</source>
        <translation>
            <numerusform>Used by %n plugin:</numerusform>
            <numerusform>Used by %n plugins:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while %n plugins use its Redis configuration. Remove them, or point them at another configuration, first.</source>
        <translation>
            <numerusform>%1 cannot be deleted while %n plugin uses its Redis configuration. Remove it, or point it at another configuration, first.</numerusform>
            <numerusform>%1 cannot be deleted while %n plugins use its Redis configuration. Remove them, or point them at another configuration, first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::CommandIndexBuilder</name>
    <message>
        <source>Control plane · %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-plane group · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache · %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network · %1 %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partial · %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugin · %1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a control plane, group, network, cache, partial, plugin or action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a control plane, group, network, cache, partial, plugin or action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the fleet and actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Type to search %n entities and actions</source>
        <translation>
            <numerusform>Type to search %n entity and action</numerusform>
            <numerusform>Type to search %n entities and actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Best %1 of %n matches</source>
        <translation>
            <numerusform>Best %1 of %n match</numerusform>
            <numerusform>Best %1 of %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ComparePane</name>
    <message>
        <source>Swap the sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply Left → Right…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the right side like the left one: the selected entity, or everything when nothing is selected. The requests are shown first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply Right → Left…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the left side like the right one: the selected entity, or everything when nothing is selected. The requests are shown first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare a decK File on the &amp;Left…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare a decK File on the &amp;Right…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decK file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a decK file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare a decK File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decK files (*.yaml *.yml *.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two control planes, or a control plane and a decK file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only on the right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only on the left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fields differ</source>
        <translation>
            <numerusform>%n field differs</numerusform>
            <numerusform>%n fields differ</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are the same by meaning (ids, timestamps, schema defaults and the order of sets are not differences).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n differences. Entities are matched by kind and name; ids, timestamps, schema defaults and the order of sets are ignored.</source>
        <translation>
            <numerusform>%1: %n difference. Entities are matched by kind and name; ids, timestamps, schema defaults and the order of sets are ignored.</numerusform>
            <numerusform>%1: %n differences. Entities are matched by kind and name; ids, timestamps, schema defaults and the order of sets are ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>A decK file is not changed from here: apply to a control plane, or export again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent %n requests to %1.</source>
        <translation>
            <numerusform>Sent %n request to %1.</numerusform>
            <numerusform>Sent %n requests to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the services, routes and consumers that plugins apply to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The services, routes and consumers of %1 could not be read: its scoped plugins are matched by ids.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::CompositionRoot</name>
    <message>
        <source>Demo organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment variable %1 is empty; put a Konnect token in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no saved profile called "%1", and none is saved: sign in once in the window, or leave --profile out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no saved profile called "%1". Saved: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token for the profile %1: %2 Put one in an environment variable and add --token-env VAR.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ConfirmDeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Delete the %1 &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Type its name to confirm.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was deleted: type the name %1 to confirm, or press Escape to keep it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was deleted: the name typed is not %1 (names are case-sensitive).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ControlPlaneDialog</name>
    <message>
        <source>New control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dedicated Cloud Gateway (data planes run in Kong's cloud; cannot be changed later)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Geo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proxy URLs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has a control plane called %2: choose another name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ControlPlaneModel</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kubernetes Ingress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · provisioning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · deleting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dedicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not read yet: health comes from Konnect's analytics for the range chosen in Telemetry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No traffic in this range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requests a minute on average, p95 latency %2 ms, %3 % of responses 4xx or 5xx (latency and errors weighted by each bucket's requests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no traffic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ControlPlaneRules</name>
    <message>
        <source>The name must be 2 to 256 characters long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The description may be at most 2048 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 5 labels are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label keys may not start with kong, konnect, mesh, kic, insomnia, kuma or _ ("%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": label keys and values are 1 to 63 letters, digits, '-', '.' or '_', starting and ending with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 5 proxy URLs are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy URL %1: the host must be 1 to 120 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy URL %1: the port must be 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy URL %1: the protocol must be 1 to 32 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy URL %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ControlPlanesPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read every geo from Konnect now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: name, geo, type, label (env:prod)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading control planes from every geo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No control planes in the geos this profile uses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some geos could not be read; the rest is current.&lt;br&gt;%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a control plane to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telemetry endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h4&gt;Data-plane groups (Gateway %1)&lt;/h4&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h4&gt;Managed cache&lt;/h4&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (about %2 GiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control planes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its configuration, plugins and Redis configurations go with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its managed cache will be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy a &amp;Group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your control planes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Its %n data-plane groups will be torn down.</source>
        <translation>
            <numerusform>Its %n data-plane group will be torn down.</numerusform>
            <numerusform>Its %n data-plane groups will be torn down.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data-plane group runs this control plane yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy a group…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::DeployGroupWizard</name>
    <message>
        <source>Deploy a data-plane group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The group runs in the cloud and region you pick, attached to a ready network there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity and review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autopilot scales from the base load you expect. The whole desired list of groups is sent; existing groups are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway &amp;version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Choose a control plane, a region and a ready network.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PUT /v2/cloud-gateways/configurations&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt; (%2):&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;li&gt;keep %1 %2&lt;/li&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;add %1 %2&lt;/b&gt;, autopilot from %3 requests/s, network %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Gateway version: %1. The group goes created → initializing → ready; the Gateways pane follows it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2 %3 is still being created (30 to 40 minutes on Konnect); deploy when it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 network in %2 yet: a group needs a ready network of its cloud and region. Create one here; it takes 30 to 40 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 network in %2 yet: a group needs a ready network of its cloud and region.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create Network…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::EndpointTemplate</name>
    <message>
        <source>The endpoint template must contain {geo} exactly once, for example https://{geo}.api.konghq.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint template is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint template must start with https:// (or http:// for a local simulator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint template may not contain a query, a fragment or a user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint template is not a valid URL for the geo %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The endpoint template uses http:// for %1, which would send your token unencrypted. Use https://; http:// is allowed only for this machine (127.0.0.1, ::1 or localhost), for a local simulator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Error</name>
    <message>
        <source>Konnect did not accept the token: it is wrong, expired or revoked. Sign in again with a valid personal or system account token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your token is not allowed to do this (%1). Ask an organisation admin for the role, or use another token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect could not find it: %1 It may have been deleted; refresh to see the current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect refused a conflicting change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace id for Kong support: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect sent an answer the app does not understand (field "%1": %2). Nothing was changed; try again, and report it if it persists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer to "%1" was lost (%2), so it is not known whether it happened. The app checks Konnect before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect answered with a redirect to %1, which is not a Konnect host. It was not followed, so that your token stays where it belongs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be reached: the host name did not resolve. Check your network connection and the endpoint template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the connection. Check the endpoint template, or whether the simulator is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate is not trusted; add the right CA file in the profile instead of ignoring the error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer in time (%2). The app tries again by itself; if it keeps happening, check your network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 was closed before the whole answer arrived (%2). The app tries reads again by itself; try again later if it persists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent an answer larger than any real one (%2), so it was not read. Report it if it persists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect's rate limit was still reached after the app waited for it%1. It tries again at the next refresh; fewer geos or a longer refresh interval lower the load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect had a problem (%1). Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The app stopped there so that a misbehaving server cannot keep it busy forever; it tries again at the next refresh.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ExportDialog</name>
    <message>
        <source>&amp;Terraform (kong/konnect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;decK, one file per control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control planes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets are never written: plain passwords become Terraform variables or decK environment references; {vault://…} references stay as they are. Every resource gets an import block so that terraform plan against this organisation changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to write: choose at least one control plane and a format.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n files will be written to %1</source>
        <translation>
            <numerusform>%n file will be written to %1</numerusform>
            <numerusform>%n files will be written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources and entities</source>
        <translation>
            <numerusform>%n resource and entity</numerusform>
            <numerusform>%n resources and entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing files will be replaced.</source>
        <translation>
            <numerusform>%n existing file will be replaced.</numerusform>
            <numerusform>%n existing files will be replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the services, routes and consumers of the control planes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The services, routes and consumers could not be read (%1). They are left out; plugins that apply to them keep the live ids.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::FindingMark</name>
    <message numerus="yes">
        <source>Advisor: %n findings</source>
        <translation><numerusform>Advisor: %n finding</numerusform><numerusform>Advisor: %n findings</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more in the Advisor</source>
        <translation><numerusform>and %n more in the Advisor</numerusform><numerusform>and %n more in the Advisor</numerusform></translation>
    </message>
</context>
<context>
    <name>kd::FindingModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::FleetActions</name>
    <message>
        <source>This control plane already has a data-plane group in %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This control plane has no managed cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was lost and Konnect has no cache for this control plane: nothing was created. You can try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is no longer there; refresh (F5) to see the current state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration changed in Konnect since it was shown here; nothing was sent. Look at it again and retry.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is used by %n plugins: %2. Remove the link from each plugin first.</source>
        <translation>
            <numerusform>%1 is used by %n plugin: %2. Remove the link from each plugin first.</numerusform>
            <numerusform>%1 is used by %n plugins: %2. Remove the link from each plugin first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::FleetTreeModel</name>
    <message>
        <source>%1 (1 group)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 groups)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud / region / group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egress IPs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::GatewaysPane</name>
    <message>
        <source>Filter: cloud, region, control plane, state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dedicated Cloud Gateway data-plane groups where they run. Managed caches serve AWS and Azure groups; Google Cloud groups of a control plane with a cache show "not served".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploying; the group comes up in the tree as Konnect reports it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateways</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Deploy Group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;Autoscale…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Group…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a data-plane group to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Sign in to see your data-plane groups.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autoscale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>autopilot, base %1 requests per second</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>static, %n × %1 instances</source>
        <translation>
            <numerusform>static, %n × %1 instance</numerusform>
            <numerusform>static, %n × %1 instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hostnames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Egress IPs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private IPs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the group; Konnect tears it down over a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autoscale changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Control Plane</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Geo</name>
    <message>
        <source>Global</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Middle East</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::GovernanceModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enabled %1 policy in this control plane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>env</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::GroupChangeDialog</name>
    <message>
        <source>autopilot, base %1 requests per second</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>static, %n × %1 instances</source>
        <translation>
            <numerusform>static, %n × %1 instance</numerusform>
            <numerusform>static, %n × %1 instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Autoscale of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Autopilot: scales with traffic from a base of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> requests per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Static as it is (%1; Konnect deprecates static sizing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autoscale of the %1 group of %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect tears down the %1 group of %2; its data planes stop serving traffic there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect's configuration has no group in %1 any more; refresh and look again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole configuration is sent again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No group is left: the control plane keeps its configuration but runs no data planes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::HeadlessAdvise</name>
    <message>
        <source>Konnect could not be read completely, so the advice would be incomplete. Run again, or check the failing geo with --sync.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n for information</source>
        <translation><numerusform>%n for information</numerusform><numerusform>%n for information</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n muted</source>
        <translation><numerusform>%n muted</numerusform><numerusform>%n muted</numerusform></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>muted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes not read, their versions not compared: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::HeadlessCode</name>
    <message>
        <source>Konnect could not be read completely; nothing was %1. Run again, or check the failing geo with --sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no control plane called "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" names control planes in several geos; write geo/name, for example us/%1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1:</source>
        <translation>
            <numerusform>Wrote %n file to %1:</numerusform>
            <numerusform>Wrote %n files to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is neither a control plane (name or geo/name) nor a decK file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n differences</source>
        <translation>
            <numerusform>%1 → %2: %n difference</numerusform>
            <numerusform>%1 → %2: %n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::HeadlessSync</name>
    <message>
        <source>No token: use --demo or --token-env VAR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 control planes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n geos failed to sync: %1</source>
        <translation>
            <numerusform>%n geo failed to sync: %1</numerusform>
            <numerusform>%n geos failed to sync: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::KonnectClient</name>
    <message>
        <source>create control plane %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>update control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create network %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rename network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create managed cache %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resize managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create Redis configuration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create plugin %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::LinkedPluginsDialog</name>
    <message>
        <source>&amp;Show Plugin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Konnect Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Konnect Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The panes of the window; the badge counts what each one shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::MapDetails</name>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect geo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n data-plane group</numerusform>
            <numerusform>%n data-plane groups</numerusform>
        </translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no traffic in the last bucket yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn on the telemetry overlay to see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None serves this group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-plane group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::MapLegend</name>
    <message>
        <source>control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last bucket: p95 latency (watch ≥ %1 ms, act ≥ %2 ms) · errors (≥ %3 %, ≥ %4 %) · cache memory (≥ %5 %, ≥ %6 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>advisor finding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::MetricsQuery</name>
    <message>
        <source>A metrics query needs at least one metric.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect allows at most 3 metrics in a query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect allows at most 2 dimensions in a query (time counts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown metric %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown dimension %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot filter on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache metrics are kept for 7 days only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Granularity %1 is not allowed for a %2 range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit must be between 1 and 1000.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::MetricsResult</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::NetworkDialog</name>
    <message>
        <source>New network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud &amp;account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability &amp;zones:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CIDR block:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A network takes 30 to 40 minutes to become ready on Konnect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another network is called %1 (in %2). Konnect allows it, but the two are easy to confuse; a name that says the region helps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a cloud account and a region Konnect offers for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one availability zone of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the availability zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overlaps another network of this cloud account: %1. Networks of one account need ranges apart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CIDR block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was sent: check %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::NetworkModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::NetworksPane</name>
    <message>
        <source>Filter: name, cloud, region, CIDR, state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a network to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1; it becomes ready in 30 to 40 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect refuses while a cloud gateway configuration uses it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your cloud gateway networks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cloud gateway networks yet. Create one (Ctrl+N); it becomes ready in 30 to 40 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n configurations</source>
        <translation>
            <numerusform>%n configuration</numerusform>
            <numerusform>%n configurations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::PaletteController</name>
    <message>
        <source>Command Palette…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PartialDialog</name>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the server certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server name (SNI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection goes through a proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect timeout (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send timeout (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read timeout (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keepalive pool size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keepalive backlog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Master name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role (any, master, slave)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes (host:port, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes (ip:port, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max redirections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider (aws, azure, gcp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS cache name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS serverless cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS role to assume (ARN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS role session name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS access key id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure client id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Azure tenant id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GCP service account JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Redis configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration as a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect created this configuration for a managed cache and keeps it up to date; its values are vault references the data planes resolve. Change it only if Kong support asks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value, or a vault reference such as {vault://env/REDIS_PASSWORD}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a vault reference looks like {vault://env/NAME}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be a vault reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number from 0 to 65535 or a vault reference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number, 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Sentinel role is any, master or slave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cloud authentication provider is aws, azure or gcp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use either Sentinel or Cluster nodes, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the configuration a name; plugins pick it by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a control plane.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PartialModel</name>
    <message>
        <source>konnect-managed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n plugin(s)</source>
        <translation>
            <numerusform>%n plugin</numerusform>
            <numerusform>%n plugins</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PartialsPane</name>
    <message>
        <source>&amp;New Configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: name, type, control plane, konnect-managed, host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a configuration to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>created by Konnect for a managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plugin links this configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redis configurations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect manages this configuration for a managed cache: delete the managed cache instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your Redis configurations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Redis configurations. Create one (Ctrl+N), or provision a managed cache and Konnect makes one for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the configuration (Del)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Linked by %n plugins:</source>
        <translation>
            <numerusform>Linked by %n plugin:</numerusform>
            <numerusform>Linked by %n plugins:</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration in use</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted while %n plugins link it. Remove them, or point them at another configuration, first.</source>
        <translation>
            <numerusform>%1 cannot be deleted while %n plugin links it. Remove it, or point it at another configuration, first.</numerusform>
            <numerusform>%1 cannot be deleted while %n plugins link it. Remove them, or point them at another configuration, first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plugins of its control plane can no longer link it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PluginDialog</name>
    <message>
        <source>New plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plugin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Window type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count &amp;per:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redis configuration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds between syncs with Redis, e.g. 0.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache &amp;TTL (s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontent types:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit as &amp;JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For plugins that cannot link a Redis configuration: sets config.redis to the {vault://env/ADDON_MANAGED_CACHE_…} references of this control plane's managed cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Limits per provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provider limit/window in s, e.g. openai 100000/60</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Limits:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requests/window in s, e.g. 100/60, 5000/3600</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: strategy decides where counters live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (managed cache)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one limit, such as 100/60 (100 requests a minute).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": write the provider, then limit/window, such as openai 100000/60.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not limit/window (both above 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sync rate is a number of seconds, such as 0.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategy %1 needs a sync rate; Kong recommends 0.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The smallest sync rate Kong accepts is 0.02.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cache TTL is a number of seconds above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the content types to cache, such as application/json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategy redis needs a Redis configuration: pick one (the managed cache's, for example).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the plugin, such as key-auth.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill &amp;Managed-Cache References</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PluginModel</name>
    <message>
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::PluginsPane</name>
    <message>
        <source>&amp;New Plugin…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: plugin, instance, control plane, scope, configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select a plugin to see its details.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uses the configuration &lt;a href='partial:%1'&gt;%2&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its data planes stop running it within seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to see your plugins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plugins on these control planes. Add one (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one geo to query.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The global host is always used; choose regional geos only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ProvisionCacheWizard</name>
    <message>
        <source>Provision a managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed caches serve AWS and Azure data-plane groups of a Dedicated Cloud Gateway running Kong Gateway 3.13 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · about %2 GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About 70–75% of the memory is usable. Tiers can grow later, never shrink; a tier your organisation has not enabled is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is sent to Konnect. Provisioning takes about 15 minutes; the Managed caches pane follows it, group by group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POST /v2/cloud-gateways/add-ons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane and name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the cache a name (1 to 70 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation already has a managed cache called %1%2: names are unique across the organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (on %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to Konnect. Cancel now only closes this window: the cache is still created, and the Managed caches pane follows it to ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ProvisionProgress</name>
    <message>
        <source>Provisioning %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of about %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min, longer than the usual %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ProvisionTracker</name>
    <message>
        <source>The managed cache %1 is deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 is still there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 is gone; it was deleted before it became ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect has no managed cache %1: the request never reached it. You can provision it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ResizeCacheDialog</name>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · about %2 GiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now %1. Tiers only grow; the resize applies at once and keeps the data, with interruptions of a few seconds. About 70–75% of the memory is usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cache already has the largest tier.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::ReviewDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::SecretStore</name>
    <message>
        <source>No token is saved for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not forget the token: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Session</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Konnect token starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System account · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Shell</name>
    <message>
        <source>Data-plane groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data-plane groups of %1 have settled; Gateways shows each one's state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Background follow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>An operation was followed for %n hours without settling; the app stopped asking. Refresh (F5) to see its state.</source>
        <translation>
            <numerusform>An operation was followed for %n hour without settling; the app stopped asking. Refresh (F5) to see its state.</numerusform>
            <numerusform>An operation was followed for %n hours without settling; the app stopped asking. Refresh (F5) to see its state.</numerusform>
        </translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export as Code…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n files to %1</source>
        <translation>
            <numerusform>Wrote %n file to %1</numerusform>
            <numerusform>Wrote %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SignInDialog</name>
    <message>
        <source>Sign in to Konnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name for this organisation; saved profiles are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kpat_… (personal) or spat_… (system account)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a personal access token in Konnect under &lt;i&gt;Personal access tokens&lt;/i&gt;, or use a system account token. It is kept in your system keychain, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional PEM file, for a TLS-inspecting proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endpoint template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra CA:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geos:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::SignInFlow</name>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a Konnect token: it starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect cannot be reached (%1). Showing the last snapshot, read-only; nothing can be changed until the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain answered (%1): the token is kept in memory for this run only, and you will be asked again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed out of %1; its token was removed from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Showing the snapshot from %1 (%n minutes old) while Konnect is read.</source>
        <translation>
            <numerusform>Showing the snapshot from %1 (%n minute old) while Konnect is read.</numerusform>
            <numerusform>Showing the snapshot from %1 (%n minutes old) while Konnect is read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::SnapshotText</name>
    <message>
        <source>The offline snapshot could not be %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no save time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no completion mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline snapshot could not be written to %1: %2. Check that you may write there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline snapshot could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline snapshot could not be flushed to disk (%1); the previous one is kept. Check the free space and the disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline snapshot could not be moved to %1 (%2); the previous one is kept. Check that you may write to that folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted before it replaced the previous one; its file was complete and is used now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted, and its complete file %1 could not be put in place (%2). Check that you may write to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file, %1, that could not be removed. Remove it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file (%1); it was removed and the previous snapshot is used. A new one is saved after the next successful sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last save of the offline snapshot was interrupted and left an incomplete file (%1); it was removed. There is no snapshot to show until the next successful sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no offline snapshot yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline snapshot was written by a newer version of Konnect Desk; it is replaced after the next successful sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created. Check that you may write to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only you should be able to open %1, but its permissions could not be changed. Check who owns it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::SyncStatus</name>
    <message>
        <source>Syncing %1 of %2 hosts: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In sync at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect's rate limit: waiting until %1, as Konnect asked</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n hosts failed to sync: %1</source>
        <translation>
            <numerusform>%n host failed to sync: %1</numerusform>
            <numerusform>%n hosts failed to sync: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TablePane</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not find out which plugins use %1, so it was not deleted: %2 Try again when Konnect answers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::TelemetryChart</name>
    <message>
        <source>Cannot write %1; choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the analytics budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No traffic in this range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart of %1 over time; its values are in the exported CSV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::TelemetryFeed</name>
    <message numerus="yes">
        <source>Konnect allows %1 analytics queries a minute: %n more of this refresh follow at %2.</source>
        <translation>
            <numerusform>Konnect allows %1 analytics queries a minute: %n more of this refresh follows at %2.</numerusform>
            <numerusform>Konnect allows %1 analytics queries a minute: %n more of this refresh follow at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect's analytics answered %1: waiting until %2 before asking again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect's analytics did not answer: %1
Refresh (Ctrl+R) to ask again; if it keeps failing, check the token's Analytics Viewer role.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::TelemetryPane</name>
    <message>
        <source>Gateway-made 429s only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>12 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upstream latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kong latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per cloud region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Scope: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Range: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Lines: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors: 4xx and 5xx share of requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy cache hit ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate-limit violations: 429s per minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per geo: a share per control plane would need three dimensions (time, status, control plane) and Konnect allows two.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Geo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turn on Live or press Refresh for new data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per geo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect's analytics know data-plane nodes, not cloud gateway groups: lines per cloud region and data-plane group exist for managed caches only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per data-plane group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache memory used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache evictions and expirations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep memory under 70–75 %: above it Redis evicts keys, and rate-limit counters can reset early. Lines are per cache, cloud region or data-plane group, one at a time (Konnect allows one dimension besides time).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the analytics budget until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n analytics queries a refresh</source>
        <translation>
            <numerusform>%n analytics query a refresh</numerusform>
            <numerusform>%n analytics queries a refresh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::TopologyPane</name>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Telemetry Overlay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control plane or label, e.g. env:prod</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: choose a file ending in .png or .svg in a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map is saved as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit to Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole fleet (what the filter leaves)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p95 latency and error rate of each group's control plane, memory use of each group's cache (from Konnect's analytics, within its budget)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: latency and errors for the whole control plane (Konnect's analytics do not tell data-plane groups apart)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n control planes</source>
        <translation>
            <numerusform>%n control plane</numerusform>
            <numerusform>%n control planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data-plane groups</source>
        <translation>
            <numerusform>%n data-plane group</numerusform>
            <numerusform>%n data-plane groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n regions</source>
        <translation>
            <numerusform>in %n region</numerusform>
            <numerusform>in %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n managed cache nodes</source>
        <translation>
            <numerusform>%n managed cache node</numerusform>
            <numerusform>%n managed cache nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups with problems</source>
        <translation>
            <numerusform>%n group with problems</numerusform>
            <numerusform>%n groups with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Konnect Desk topology · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisor: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::TopologyView</name>
    <message>
        <source>Topology map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Control planes at their Konnect geo, data-plane groups at their cloud region and managed caches beside them; the details panel describes the selection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::Transport</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer took longer than %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sync made %1 requests, more than the organisation's lists call for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect asked to wait %1 s, longer than the app waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting %1 s before trying again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::advisor::CacheService</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control plane has no managed cache: Redis-backed plugins use local counters or their own Redis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provision a managed cache for the control plane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served by the managed cache %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect is setting up the managed cache %1 for this group (about 15 minutes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 is being deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect reports the managed cache %1 as %2 for this group.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect reports the managed cache %1 as %2 for this group: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the group's network; if the error stays, contact Kong support with the cache id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect serves managed caches on AWS and Azure only: plugins on this %1 group keep local or self-managed state, so their limits differ from the other clouds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the group to AWS or Azure, or accept it with a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The group is %1: Konnect adds it to the managed cache %2 once it is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The managed cache %1 does not list this group, so Konnect has not deployed it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh; if it stays, redeploy the group's configuration or contact Kong support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no Dedicated Cloud Gateway control plane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This control plane already has the cache %1 (%2). Konnect allows one per control plane: resize it in the Managed caches pane instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This control plane has no data-plane group yet: deploy one first (a cache without data planes shows ready but cannot be used).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: not served; plugins there keep local or self-managed state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kong Gateway %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kong Gateway %1: managed caches need 3.13 or later; upgrade the configuration first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No AWS or Azure group: Konnect would refuse the cache.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::advisor::Finding</name>
    <message>
        <source>In error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partial linked and inline values kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group on a cloud the cache does not serve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group not served by the managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate-limiting namespace shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cache memory high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One Redis for several regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No env label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production shares with non-production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway versions differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plugin sets differ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stuck initializing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production in a single region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes run different gateway versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nodes behind the configuration's version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::advisor::Governance</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::advisor::Rules</name>
    <message>
        <source>The network %1 carries production and non-production gateways: a test can reach production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Production and non-production plugins count in the same Redis %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs Kong Gateway %1 while other control planes of the role %2 run %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Lacks %n plugins that other control planes of the role %1 have: %2.</source>
        <translation>
            <numerusform>Lacks %n plugin that other control planes of the role %1 have: %2.</numerusform>
            <numerusform>Lacks %n plugins that other control planes of the role %1 have: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data-plane group is in error: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The group has been %1 for %n minutes; Konnect needs about 15.</source>
        <translation>
            <numerusform>The group has been %1 for %n minute; Konnect needs about 15.</numerusform>
            <numerusform>The group has been %1 for %n minutes; Konnect needs about 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every group of this production control plane is in %1: an outage there stops its traffic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy a group in a second region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Konnect reports the managed cache in error.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The managed cache has been initializing for %n minutes; Konnect needs about 15.</source>
        <translation>
            <numerusform>The managed cache has been initializing for %n minute; Konnect needs about 15.</numerusform>
            <numerusform>The managed cache has been initializing for %n minutes; Konnect needs about 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory use peaks at %1 %; about 70–75 % of a cache is usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plugin links %1 and also gives %2 inline; Konnect refuses the next write of it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the plugin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin counts with the %2 strategy on each data plane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin uses the self-managed Redis %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The control plane has the managed cache %1, but this plugin uses its own Redis.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n plugins count in the namespace "%1" on the same Redis: their counters add up.</source>
        <translation>
            <numerusform>%n plugin counts in the namespace "%1" on the same Redis: its counters add up.</numerusform>
            <numerusform>%n plugins count in the namespace "%1" on the same Redis: their counters add up.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control plane has no env label, so nothing tells production from the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the labels</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The self-managed Redis %1 serves groups in %n regions: counters cross regions on every sync.</source>
        <translation>
            <numerusform>The self-managed Redis %1 serves groups in %n region.</numerusform>
            <numerusform>The self-managed Redis %1 serves groups in %n regions: counters cross regions on every sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Control Plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the Group to AWS or Azure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link the Managed Cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The data-plane nodes of this control plane run %n Kong Gateway versions: %1.</source>
        <translation><numerusform>The data-plane nodes of this control plane run %n Kong Gateway version: %1.</numerusform><numerusform>The data-plane nodes of this control plane run %n Kong Gateway versions: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n nodes still report another version than the configuration's %1, %2 minutes after it last changed: %3.</source>
        <translation><numerusform>%n node still reports another version than the configuration's %1, %2 minutes after it last changed: %3.</numerusform><numerusform>%n nodes still report another version than the configuration's %1, %2 minutes after it last changed: %3.</numerusform></translation>
    </message>
</context>
<context>
    <name>kd::compare::ApplyPlan</name>
    <message>
        <source>apply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target is not a live control plane: nothing can be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: links the partial %2, which %3 does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 cannot be changed on an existing control plane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the cloud side changes asynchronously; use the Gateways and Managed caches panes, which follow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the services, routes and consumers of %1 were not read; compare again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applies to a consumer group, which the compare does not match between environments; change it in the Plugins pane.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no %2 called %3: create it first (decK or Terraform), then compare again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::compare::PlaneDocument</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud gateway configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-plane group %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a decK file: it has no _format_version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partial in this decK file has no name or type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plugin in this decK file has no name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::iac::ExportPlan</name>
    <message>
        <source>Cannot create the folder for %1. Check that you may write there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::iac::yaml</name>
    <message>
        <source>The YAML reader could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not valid YAML (line %1, column %2): %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file does not hold a YAML mapping at the top.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>kd::plugins</name>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text must be one JSON object ({ … }).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plugin's name must stay "%1"; create a new plugin for another kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"enabled" must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"config" must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every entry of "partials" needs the partial's "id".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"instance_name" must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A negative sync rate keeps counters in memory only: each data plane counts on its own and the shared cache is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sync rate of 0 writes every request to Redis synchronously; expect extra latency on every call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The smallest sync rate Kong accepts is 0.02.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kong recommends 0.5 for production; a rate below that (such as 0.1) needs a managed cache of tier xlarge or larger.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sync rate of 1 second or more makes counting across data planes noticeably less accurate; Kong recommends 0.5.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>