resource "konnect_gateway_control_plane" "dev_billing_svcs" {
  name          = "dev-billing-svcs"
  description   = "Developers' hybrid control plane."
  cluster_type  = "CLUSTER_TYPE_CONTROL_PLANE"
  cloud_gateway = false
  auth_type     = "pinned_client_certs"
  labels = {
    env  = "dev"
    team = "billing"
  }
}
import {
  to = konnect_gateway_control_plane.dev_billing_svcs
  id = "<id>"
}

resource "konnect_gateway_plugin_request_transformer" "dev_billing_svcs_rt_dev_headers" {
  control_plane_id = konnect_gateway_control_plane.dev_billing_svcs.id
  instance_name    = "rt-dev-headers"
  enabled          = false
  protocols        = ["grpc", "grpcs", "http", "https"]
  config = {
    add = {
      headers = ["x-env:dev"]
    }
  }
}
import {
  to = konnect_gateway_plugin_request_transformer.dev_billing_svcs_rt_dev_headers
  id = jsonencode({
    control_plane_id = "<id>"
    id               = "<id>"
  })
}
