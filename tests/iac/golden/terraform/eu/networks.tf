resource "konnect_cloud_gateway_network" "eu_central_1_network" {
  name                              = "eu-central-1-network"
  cloud_gateway_provider_account_id = local.provider_account_aws
  region                            = "eu-central-1"
  availability_zones                = ["euc1-az1", "euc1-az2", "euc1-az3"]
  cidr_block                        = "10.10.0.0/16"
}
import {
  to = konnect_cloud_gateway_network.eu_central_1_network
  id = "<id>"
}
