resource "konnect_gateway_control_plane" "staging_billing_svcs" {
  name          = "staging-billing-svcs"
  description   = "Pre-production for the billing services."
  cluster_type  = "CLUSTER_TYPE_CONTROL_PLANE"
  cloud_gateway = true
  auth_type     = "pinned_client_certs"
  labels = {
    env  = "staging"
    team = "billing"
  }
}
import {
  to = konnect_gateway_control_plane.staging_billing_svcs
  id = "<id>"
}

resource "konnect_cloud_gateway_configuration" "staging_billing_svcs" {
  control_plane_id  = konnect_gateway_control_plane.staging_billing_svcs.id
  control_plane_geo = "eu"
  kind              = "dedicated.v0"
  version           = "3.12"
  api_access        = "private+public"
  dataplane_groups = [
    {
      autoscale = {
        configuration_data_plane_group_autoscale_autopilot = {
          base_rps = 50
          kind     = "autopilot"
        }
      }
      cloud_gateway_network_id = konnect_cloud_gateway_network.eu_central_1_network.id
      provider                 = "aws"
      region                   = "eu-central-1"
    },
  ]
}
import {
  to = konnect_cloud_gateway_configuration.staging_billing_svcs
  id = "<id>"
}

resource "konnect_gateway_plugin_key_auth" "staging_billing_svcs_key_auth_staging" {
  control_plane_id = konnect_gateway_control_plane.staging_billing_svcs.id
  instance_name    = "key-auth-staging"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
}
import {
  to = konnect_gateway_plugin_key_auth.staging_billing_svcs_key_auth_staging
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}

resource "konnect_gateway_plugin_rate_limiting_advanced" "staging_billing_svcs_rla_staging" {
  control_plane_id = konnect_gateway_control_plane.staging_billing_svcs.id
  instance_name    = "rla-staging"
  enabled          = true
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    limit = [100]
    redis = {
      ssl_verify = true
    }
    window_size = [60]
  }
}
import {
  to = konnect_gateway_plugin_rate_limiting_advanced.staging_billing_svcs_rla_staging
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}
