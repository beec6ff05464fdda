<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd</name>
    <message>
        <source>The name must be 2 to 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may be at most 2048 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 labels are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label keys may not start with kong, konnect, mesh, kic, insomnia, kuma or _ (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: label keys and values are 1 to 63 letters, digits, &apos;-&apos;, &apos;.&apos; or &apos;_&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 proxy URLs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL %1: the host must be 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL %1: the port must be 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL %1: the protocol must be 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline snapshot could not be %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Run without windows (with --sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --no-gui: sign in, sync every geo once, print counts per kind and geo, and exit non-zero if any geo failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sync: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-gui and --sync go together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CacheModel</name>
    <message>
        <source>%1 (~%2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::CachesPane</name>
    <message>
        <source>&amp;Resize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: name, control plane, tier, state, region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a managed cache to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 GiB (70–75% usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the plugins that use it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plugin uses this cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Used by %n plugin(s):&lt;/b&gt;&lt;br&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · about %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1. Tiers only grow; the resize applies at once and keeps the data, with interruptions of a few seconds. About 70–75% of the memory is usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cache already has the largest tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these plugins use it:

%2

Remove them or point them at another Redis configuration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managed cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect tears it down over a few minutes, with its Redis configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed caches</source>
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
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ConfirmDeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the %1 &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Type its name to confirm.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::ControlPlaneDialog</name>
    <message>
        <source>New control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Cloud Gateway (data planes run in Kong&apos;s cloud; cannot be changed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy URLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
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
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a control plane (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its configuration, plugins and Redis configurations go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n data-plane group(s) will be torn down.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its managed cache will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::DeployGroupWizard</name>
    <message>
        <source>Deploy a data-plane group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group runs in the cloud and region you pick, attached to a ready network there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot scales from the base load you expect. The whole desired list of groups is sent; existing groups are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network in %1 is still being created (30 to 40 minutes on Konnect); deploy when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network in %1 yet. A group needs a ready network in its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a control plane, a region and a ready network.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PUT /v2/cloud-gateways/configurations&lt;/b&gt; for &lt;b&gt;%1&lt;/b&gt; (%2):&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;keep %1 %2&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;add %1 %2&lt;/b&gt;, autopilot from %3 requests/s, network %4&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Gateway version: %1. The group goes created → initializing → ready; the Gateways pane follows it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying…</source>
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
    <name>kd::FleetActions</name>
    <message>
        <source>This control plane already has a data-plane group in %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This control plane has no managed cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::FleetTreeModel</name>
    <message>
        <source>%1 (1 group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud / region / group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress IPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::GatewaysPane</name>
    <message>
        <source>&amp;Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: cloud, region, control plane, state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated Cloud Gateway data-plane groups where they run. Managed caches serve AWS and Azure groups; Google Cloud groups of a control plane with a cache show &quot;not served&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying; the group comes up in the tree as Konnect reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways</source>
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
    <name>kd::HeadlessSync</name>
    <message>
        <source>No token: use --demo or --token-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 control planes</source>
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
    <name>kd::NetworkDialog</name>
    <message>
        <source>New network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CIDR block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network takes 30 to 40 minutes to become ready on Konnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be 1 to 120 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one availability zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CIDR block is an IPv4 range such as 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::NetworkModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::NetworksPane</name>
    <message>
        <source>Filter: name, cloud, region, CIDR, state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a network to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the regions Konnect offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1; it becomes ready in 30 to 40 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect refuses while a cloud gateway configuration uses it.</source>
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
    <name>kd::SecretStore</name>
    <message>
        <source>No token is saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not forget the token: %1</source>
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
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SignInDialog</name>
    <message>
        <source>Sign in to Konnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this organisation; saved profiles are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpat_… (personal) or spat_… (system account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal access token in Konnect under &lt;i&gt;Personal access tokens&lt;/i&gt;, or use a system account token. It is kept in your system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PEM file, for a TLS-inspecting proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SignInFlow</name>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Konnect token: it starts with kpat_ (personal access token) or spat_ (system account token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Konnect cannot be reached (%1). Showing the last snapshot, read-only; nothing can be changed until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the snapshot from %1 (%n minute(s) old) while Konnect is read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain answered (%1): the token is kept in memory for this run only, and you will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1; its token was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kd::SnapshotStore</name>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline snapshot could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no offline snapshot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
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
