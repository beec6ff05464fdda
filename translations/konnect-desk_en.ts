<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>kd::AboutDialog</name>
    <message>
        <source>About Konnect Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Konnect Desk %1&lt;/h2&gt;&lt;p&gt;Desktop administration for Kong Konnect Dedicated Cloud Gateways and Konnect-managed Redis caches across AWS, Azure and Google Cloud.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3). TLS: %4.&lt;/p&gt;&lt;p&gt;Konnect Desk is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;h3&gt;Third-party software&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Qt Core, Gui, Widgets, Network, Sql, Svg, Concurrent: LGPL 3.0&lt;/li&gt;&lt;li&gt;Qt Charts, Qt HTTP Server: GPL 3.0&lt;/li&gt;&lt;li&gt;QCoro: MIT licence&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-clause licence&lt;/li&gt;&lt;li&gt;OpenSSL: Apache License 2.0&lt;/li&gt;&lt;li&gt;Natural Earth map data: public domain&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Kong and Konnect are trademarks of Kong Inc. This project is not affiliated with Kong Inc.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ActivityModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ActivityPane</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected call as a curl command. The token is left out: curl reads it from $KONNECT_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter calls: path, status, geo, trace id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request the app makes to Konnect, newest last. Tokens are never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied as curl. Set KONNECT_TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::AppOptions</name>
    <message>
        <source>Administer Kong Konnect Dedicated Cloud Gateways and managed caches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; after start-up and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pane &lt;id&gt; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the translation for &lt;code&gt; (for example de) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo organisation: starts the built-in Konnect simulator over HTTPS and signs in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the token in environment variable &lt;var&gt; (kpat_… or spat_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect hosts, default https://{geo}.api.konghq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --demo or --token-env, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CompositionRoot</name>
    <message>
        <source>Demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is empty; put a Konnect token in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pane called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with --demo for the demo organisation, or with --token-env VAR to use a Konnect token from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Start konnect-desk --demo, or --token-env KONNECT_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2 hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) failed to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In sync at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ControlPlaneModel</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ControlPlanesPane</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every geo from Konnect now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, geo, type, label (env:prod)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading control planes from every geo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control planes in the geos this profile uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some geos could not be read; the rest is current.&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a control plane to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Data-plane groups (Gateway %1)&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Managed cache&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (about %2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control planes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::EndpointTemplate</name>
    <message>
        <source>The endpoint template must contain {geo} exactly once, for example https://{geo}.api.konghq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint template is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint template must start with https:// (or http:// for a local simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint template may not contain a query, a fragment or a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Error</name>
    <message>
        <source>Konnect could not be reached: the host name did not resolve. Check your network connection and the endpoint template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect refused the connection. Check the endpoint template, or whether the simulator is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1. The certificate is not trusted; add the right CA file in the profile instead of ignoring the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect did not answer in time. The app will try again; if it keeps happening, check your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Konnect was closed before the answer arrived. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Konnect failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect did not accept the token: it is wrong, expired or revoked. Sign in again with a valid personal or system account token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your token is not allowed to do this (%1). Ask an organisation admin for the role, or use another token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect could not find it: %1 It may have been deleted; refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect refused a conflicting change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect&apos;s rate limit was reached. The app waits and retries by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect had a problem (%1 %2). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace id for Kong support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect sent an answer the app does not understand (field &quot;%1&quot;: %2). Nothing was changed; try again, and report it if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was lost (%2), so it is not known whether it happened. The app checks Konnect before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect answered with a redirect to %1, which is not a Konnect host. It was not followed, so that your token stays where it belongs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Geo</name>
    <message>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::KonnectClient</name>
    <message>
        <source>create control plane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create managed cache %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize managed cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create Redis configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create plugin %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Konnect Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Konnect Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MetricsQuery</name>
    <message>
        <source>A metrics query needs at least one metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect allows at most 3 metrics in a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect allows at most 2 dimensions in a query (time counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown metric %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dimension %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot filter on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed cache metrics are kept for 7 days only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granularity %1 is not allowed for a %2 range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::MetricsResult</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one geo to query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global host is always used; choose regional geos only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Session</name>
    <message>
        <source>The CA file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Konnect token starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System account · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::Transport</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
