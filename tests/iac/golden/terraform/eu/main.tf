terraform {
  required_providers {
    konnect = {
      source  = "kong/konnect"
      version = ">= 3.18.1"
    }
  }
}

# Token from KONNECT_TOKEN or KONNECT_SPAT. Cloud-gateway resources go to the global host whatever server_url says.
provider "konnect" {
  server_url = "https://eu.api.konghq.com"
}

# Provider accounts are read-only in Konnect: looked up, not managed.
data "konnect_cloud_gateway_provider_account_list" "all" {}

locals {
  provider_account_aws = one([for a in data.konnect_cloud_gateway_provider_account_list.all.data : a.id if a.provider == "aws" && a.provider_account_id == "123456789012"])
}
