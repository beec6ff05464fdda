resource "konnect_cloud_gateway_network" "us_east_2_network" {
  name                              = "us-east-2-network"
  cloud_gateway_provider_account_id = local.provider_account_aws
  region                            = "us-east-2"
  availability_zones                = ["use2-az1", "use2-az2", "use2-az3"]
  cidr_block                        = "10.10.0.0/16"
}
import {
  to = konnect_cloud_gateway_network.us_east_2_network
  id = "<id>"
}

resource "konnect_cloud_gateway_network" "westeurope_network" {
  name                              = "westeurope-network"
  cloud_gateway_provider_account_id = local.provider_account_azure
  region                            = "westeurope"
  availability_zones                = ["westeurope-az1", "westeurope-az2", "westeurope-az3"]
  cidr_block                        = "10.11.0.0/16"
}
import {
  to = konnect_cloud_gateway_network.westeurope_network
  id = "<id>"
}

resource "konnect_cloud_gateway_network" "us_central1_network" {
  name                              = "us-central1-network"
  cloud_gateway_provider_account_id = local.provider_account_gcp
  region                            = "us-central1"
  availability_zones                = ["us-central1-a", "us-central1-b", "us-central1-c"]
  cidr_block                        = "10.12.0.0/16"
}
import {
  to = konnect_cloud_gateway_network.us_central1_network
  id = "<id>"
}
