resource "konnect_gateway_control_plane" "prod_billing_svcs" {
  name          = "prod-billing-svcs"
  description   = "Billing services in production: AWS for primary traffic, Azure for European workloads, Google Cloud for analytics and AI."
  cluster_type  = "CLUSTER_TYPE_CONTROL_PLANE"
  cloud_gateway = true
  auth_type     = "pinned_client_certs"
  labels = {
    env  = "prod"
    team = "billing"
  }
}
import {
  to = konnect_gateway_control_plane.prod_billing_svcs
  id = "<id>"
}

resource "konnect_cloud_gateway_configuration" "prod_billing_svcs" {
  control_plane_id  = konnect_gateway_control_plane.prod_billing_svcs.id
  control_plane_geo = "us"
  kind              = "dedicated.v0"
  version           = "3.14"
  api_access        = "private+public"
  dataplane_groups = [
    {
      autoscale = {
        configuration_data_plane_group_autoscale_autopilot = {
          base_rps = 400
          kind     = "autopilot"
        }
      }
      cloud_gateway_network_id = konnect_cloud_gateway_network.us_east_2_network.id
      provider                 = "aws"
      region                   = "us-east-2"
    },
    {
      autoscale = {
        configuration_data_plane_group_autoscale_autopilot = {
          base_rps = 200
          kind     = "autopilot"
        }
      }
      cloud_gateway_network_id = konnect_cloud_gateway_network.westeurope_network.id
      provider                 = "azure"
      region                   = "westeurope"
    },
    {
      autoscale = {
        configuration_data_plane_group_autoscale_autopilot = {
          base_rps = 100
          kind     = "autopilot"
        }
      }
      cloud_gateway_network_id = konnect_cloud_gateway_network.us_central1_network.id
      provider                 = "gcp"
      region                   = "us-central1"
    },
  ]
}
import {
  to = konnect_cloud_gateway_configuration.prod_billing_svcs
  id = "<id>"
}

resource "konnect_cloud_gateway_addon" "prod_billing_cache" {
  name = "prod-billing-cache"
  owner = {
    control_plane = {
      control_plane_geo = "us"
      control_plane_id  = konnect_gateway_control_plane.prod_billing_svcs.id
    }
  }
  config = {
    managed_cache = {
      capacity_config = {
        tiered = {
          tier = "small"
        }
      }
    }
  }
  depends_on = [konnect_cloud_gateway_configuration.prod_billing_svcs]
}
import {
  to = konnect_cloud_gateway_addon.prod_billing_cache
  id = "<id>"
}

resource "konnect_gateway_partial" "prod_billing_svcs_billing_redis" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  redis_ee = {
    config = {
      host        = "redis.billing.internal"
      password    = "{vault://aws/billing-redis/password}"
      port        = "6380"
      server_name = "redis.billing.internal"
      ssl         = true
      ssl_verify  = true
      username    = "kong"
    }
    name = "billing-redis"
    tags = ["billing"]
  }
}
import {
  to = konnect_gateway_partial.prod_billing_svcs_billing_redis
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_ai_rate_limiting_advanced" "prod_billing_svcs_ai_rla_assistant" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  instance_name    = "ai-rla-assistant"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    llm_providers = [
      {
        limit       = [100000]
        name        = "openai"
        window_size = [3600]
      },
    ]
    strategy  = "redis"
    sync_rate = 0.5
  }
  partials = [
    {
      id   = konnect_cloud_gateway_addon.prod_billing_cache.config.managed_cache_add_on_config_response.state_metadata.cache_config_id
      name = "konnect-managed-<id>"
      path = "config.redis"
    },
  ]
}
import {
  to = konnect_gateway_plugin_ai_rate_limiting_advanced.prod_billing_svcs_ai_rla_assistant
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_key_auth" "prod_billing_svcs_key_auth_partners" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  instance_name    = "key-auth-partners"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    hide_credentials = true
  }
}
import {
  to = konnect_gateway_plugin_key_auth.prod_billing_svcs_key_auth_partners
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_openid_connect" "prod_billing_svcs_oidc_customers" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  instance_name    = "oidc-customers"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    auth_methods = ["authorization_code", "session"]
    cluster_cache_redis = {
      ssl_verify = true
    }
    hide_credentials = true
    http_version     = 1.1
    issuer           = "https://login.acme-billing.example/"
    redis = {
      ssl_verify = true
    }
    scopes                       = ["openid"]
    session_memcached_ssl_verify = true
    ssl_verify                   = true
  }
}
import {
  to = konnect_gateway_plugin_openid_connect.prod_billing_svcs_oidc_customers
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_proxy_cache_advanced" "prod_billing_svcs_pca_invoices" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  instance_name    = "pca-invoices"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    content_type = ["application/json"]
    strategy     = "redis"
  }
  partials = [
    {
      id   = konnect_gateway_partial.prod_billing_svcs_billing_redis.id
      name = "billing-redis"
      path = "config.redis"
    },
  ]
}
import {
  to = konnect_gateway_plugin_proxy_cache_advanced.prod_billing_svcs_pca_invoices
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_rate_limiting_advanced" "prod_billing_svcs_rla_billing_api" {
  control_plane_id = konnect_gateway_control_plane.prod_billing_svcs.id
  instance_name    = "rla-billing-api"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    limit       = [3000]
    namespace   = "billing"
    strategy    = "redis"
    sync_rate   = 0.5
    window_size = [60]
  }
  partials = [
    {
      id   = konnect_cloud_gateway_addon.prod_billing_cache.config.managed_cache_add_on_config_response.state_metadata.cache_config_id
      name = "konnect-managed-<id>"
      path = "config.redis"
    },
  ]
}
import {
  to = konnect_gateway_plugin_rate_limiting_advanced.prod_billing_svcs_rla_billing_api
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}
