package io.vswitch.vpp.sim.spi;

/**
 * The VPP v26.06 API modules the simulator's areas implement messages of: names, versions and every message name
 * in {@code .api} file order (taken from VPP's API definitions). Areas declare the modules they use with
 * {@link AreaContext#module(VppModule)}; a module declared by several areas counts once. A new area whose module
 * is missing here adds a constant, listing all of that file's messages in order.
 */
public final class VppModules {
    /** The memory/socket client protocol; its ids are fixed by position (sockclnt_create 15, control_ping 23). */
    public static final VppModule MEMCLNT = VppModule.core("memclnt", "2.1.0",
        "memclnt_create", "memclnt_create_reply", "memclnt_delete", "memclnt_delete_reply", "rx_thread_exit",
        "memclnt_rx_thread_suspend", "memclnt_read_timeout", "rpc_call", "rpc_call_reply", "get_first_msg_id",
        "get_first_msg_id_reply", "api_versions", "api_versions_reply", "trace_plugin_msg_ids", "sockclnt_create",
        "sockclnt_create_reply", "sockclnt_delete", "sockclnt_delete_reply", "sock_init_shm", "sock_init_shm_reply",
        "memclnt_keepalive", "memclnt_keepalive_reply", "control_ping", "control_ping_reply", "memclnt_create_v2",
        "memclnt_create_v2_reply", "get_api_json", "get_api_json_reply");

    /** vlib: the CLI. */
    public static final VppModule VLIB = VppModule.core("vlib", "1.0.0",
        "cli", "cli_inband", "cli_reply", "cli_inband_reply", "get_node_index", "get_node_index_reply",
        "add_node_next", "add_node_next_reply", "show_threads", "show_threads_reply", "get_node_graph",
        "get_node_graph_reply", "get_next_index", "get_next_index_reply", "get_f64_endian_value",
        "get_f64_endian_value_reply", "get_f64_increment_by_one", "get_f64_increment_by_one_reply");

    /** vpe: the version. */
    public static final VppModule VPE = VppModule.core("vpe", "1.7.0",
        "show_version", "show_version_reply", "show_vpe_system_time", "show_vpe_system_time_reply", "log_dump",
        "log_details");

    /** vnet interfaces. */
    public static final VppModule INTERFACE = VppModule.core("interface", "3.2.4",
        "sw_interface_set_flags", "sw_interface_set_flags_reply", "sw_interface_set_promisc",
        "sw_interface_set_promisc_reply", "hw_interface_set_mtu", "hw_interface_set_mtu_reply", "sw_interface_set_mtu",
        "sw_interface_set_mtu_reply", "sw_interface_set_ip_directed_broadcast",
        "sw_interface_set_ip_directed_broadcast_reply", "sw_interface_event", "want_interface_events",
        "want_interface_events_reply", "sw_interface_details", "sw_interface_dump", "sw_interface_add_del_address",
        "sw_interface_add_del_address_reply", "sw_interface_address_replace_begin",
        "sw_interface_address_replace_begin_reply", "sw_interface_address_replace_end",
        "sw_interface_address_replace_end_reply", "sw_interface_set_table", "sw_interface_set_table_reply",
        "sw_interface_get_table", "sw_interface_get_table_reply", "sw_interface_set_unnumbered",
        "sw_interface_set_unnumbered_reply", "sw_interface_clear_stats", "sw_interface_clear_stats_reply",
        "sw_interface_tag_add_del", "sw_interface_tag_add_del_reply", "sw_interface_add_del_mac_address",
        "sw_interface_add_del_mac_address_reply", "sw_interface_set_mac_address", "sw_interface_set_mac_address_reply",
        "sw_interface_get_mac_address", "sw_interface_get_mac_address_reply", "sw_interface_set_rx_mode",
        "sw_interface_set_rx_mode_reply", "sw_interface_set_rx_placement", "sw_interface_set_rx_placement_reply",
        "sw_interface_set_tx_placement", "sw_interface_set_tx_placement_reply", "sw_interface_set_interface_name",
        "sw_interface_set_interface_name_reply", "sw_interface_rx_placement_dump", "sw_interface_rx_placement_details",
        "sw_interface_tx_placement_get", "sw_interface_tx_placement_get_reply", "sw_interface_tx_placement_details",
        "interface_name_renumber", "interface_name_renumber_reply", "create_subif", "create_subif_reply",
        "create_vlan_subif", "create_vlan_subif_reply", "delete_subif", "delete_subif_reply", "create_loopback",
        "create_loopback_reply", "create_loopback_instance", "create_loopback_instance_reply", "delete_loopback",
        "delete_loopback_reply", "collect_detailed_interface_stats", "collect_detailed_interface_stats_reply",
        "pcap_set_filter_function", "pcap_set_filter_function_reply", "pcap_trace_on", "pcap_trace_on_reply",
        "pcap_trace_off", "pcap_trace_off_reply", "sw_interface_set_default_rx_mode",
        "sw_interface_set_default_rx_mode_reply", "sw_interface_get_default_rx_mode",
        "sw_interface_get_default_rx_mode_reply");

    /** vnet IP: tables, routes, interface addresses. */
    public static final VppModule IP = VppModule.core("ip", "3.2.0",
        "ip_table_add_del", "ip_table_add_del_reply", "ip_table_add_del_v2", "ip_table_add_del_v2_reply",
        "ip_table_allocate", "ip_table_allocate_reply", "ip_table_dump", "ip_table_replace_begin",
        "ip_table_replace_begin_reply", "ip_table_replace_end", "ip_table_replace_end_reply", "ip_table_flush",
        "ip_table_flush_reply", "ip_table_details", "ip_route_add_del", "ip_route_add_del_v2",
        "ip_route_add_del_reply", "ip_route_add_del_v2_reply", "ip_route_dump", "ip_route_v2_dump", "ip_route_details",
        "ip_route_v2_details", "ip_route_lookup", "ip_route_lookup_v2", "ip_route_lookup_reply",
        "ip_route_lookup_v2_reply", "set_ip_flow_hash", "set_ip_flow_hash_reply", "set_ip_flow_hash_v2",
        "set_ip_flow_hash_v2_reply", "set_ip_flow_hash_v3", "set_ip_flow_hash_v3_reply", "set_ip_flow_hash_router_id",
        "set_ip_flow_hash_router_id_reply", "sw_interface_ip6_enable_disable", "sw_interface_ip6_enable_disable_reply",
        "sw_interface_ip4_enable_disable", "sw_interface_ip4_enable_disable_reply", "ip_mtable_dump",
        "ip_mtable_details", "ip_mroute_add_del", "ip_mroute_add_del_reply", "ip_mroute_dump", "ip_mroute_details",
        "ip_address_details", "ip_address_dump", "ip_unnumbered_details", "ip_unnumbered_dump", "ip_details",
        "ip_dump", "mfib_signal_dump", "mfib_signal_details", "ip_punt_redirect", "ip_punt_redirect_reply",
        "ip_punt_redirect_dump", "ip_punt_redirect_details", "add_del_ip_punt_redirect_v2",
        "add_del_ip_punt_redirect_v2_reply", "ip_punt_redirect_v2_dump", "ip_punt_redirect_v2_details",
        "ip_container_proxy_add_del", "ip_container_proxy_add_del_reply", "ip_container_proxy_dump",
        "ip_container_proxy_details", "ip_source_and_port_range_check_add_del",
        "ip_source_and_port_range_check_add_del_reply", "ip_source_and_port_range_check_interface_add_del",
        "ip_source_and_port_range_check_interface_add_del_reply", "sw_interface_ip6_set_link_local_address",
        "sw_interface_ip6_set_link_local_address_reply", "sw_interface_ip6_get_link_local_address",
        "sw_interface_ip6_get_link_local_address_reply", "ioam_enable", "ioam_enable_reply", "ioam_disable",
        "ioam_disable_reply", "ip_reassembly_set", "ip_reassembly_set_reply", "ip_reassembly_get",
        "ip_reassembly_get_reply", "ip_reassembly_enable_disable", "ip_reassembly_enable_disable_reply",
        "ip_local_reass_enable_disable", "ip_local_reass_enable_disable_reply", "ip_local_reass_get",
        "ip_local_reass_get_reply", "ip_path_mtu_update", "ip_path_mtu_update_reply", "ip_path_mtu_get",
        "ip_path_mtu_get_reply", "ip_path_mtu_details", "ip_path_mtu_replace_begin", "ip_path_mtu_replace_begin_reply",
        "ip_path_mtu_replace_end", "ip_path_mtu_replace_end_reply");

    /** vnet IP neighbours. */
    public static final VppModule IP_NEIGHBOR = VppModule.core("ip_neighbor", "1.0.1",
        "ip_neighbor_add_del", "ip_neighbor_add_del_reply", "ip_neighbor_dump", "ip_neighbor_details",
        "ip_neighbor_config", "ip_neighbor_config_reply", "ip_neighbor_config_get", "ip_neighbor_config_get_reply",
        "ip_neighbor_replace_begin", "ip_neighbor_replace_begin_reply", "ip_neighbor_replace_end",
        "ip_neighbor_replace_end_reply", "ip_neighbor_flush", "ip_neighbor_flush_reply", "want_ip_neighbor_events",
        "want_ip_neighbor_events_reply", "ip_neighbor_event", "want_ip_neighbor_events_v2",
        "want_ip_neighbor_events_v2_reply", "ip_neighbor_event_v2");

    /** vnet L2: bridge domains, L2 FIB, cross-connects. */
    public static final VppModule L2 = VppModule.core("l2", "3.3.0",
        "l2_xconnect_details", "l2_xconnect_dump", "l2_fib_table_details", "l2_fib_table_dump", "l2_fib_clear_table",
        "l2_fib_clear_table_reply", "l2fib_flush_all", "l2fib_flush_all_reply", "l2fib_flush_bd",
        "l2fib_flush_bd_reply", "l2fib_flush_int", "l2fib_flush_int_reply", "l2fib_add_del", "l2fib_add_del_reply",
        "want_l2_macs_events", "want_l2_macs_events_reply", "want_l2_macs_events2", "want_l2_macs_events2_reply",
        "l2fib_set_scan_delay", "l2fib_set_scan_delay_reply", "l2_macs_event", "l2_flags", "l2_flags_reply",
        "l2_flags_get", "l2_flags_get_reply", "l2_flags_set", "l2_flags_set_reply", "l2_interface_feat_flags_get",
        "l2_interface_feat_flags_get_reply", "l2_interface_feat_flags_set", "l2_interface_feat_flags_set_reply",
        "bridge_domain_set_mac_age", "bridge_domain_set_mac_age_reply", "bridge_domain_set_default_learn_limit",
        "bridge_domain_set_default_learn_limit_reply", "bridge_domain_set_learn_limit",
        "bridge_domain_set_learn_limit_reply", "bridge_domain_add_del", "bridge_domain_add_del_reply",
        "bridge_domain_add_del_v2", "bridge_domain_add_del_v2_reply", "bridge_domain_dump", "bridge_domain_details",
        "bridge_flags", "bridge_flags_reply", "l2_interface_vlan_tag_rewrite", "l2_interface_vlan_tag_rewrite_reply",
        "l2_interface_pbb_tag_rewrite", "l2_interface_pbb_tag_rewrite_reply", "l2_patch_add_del",
        "l2_patch_add_del_reply", "sw_interface_set_l2_xconnect", "sw_interface_set_l2_xconnect_reply",
        "sw_interface_set_l2_bridge", "sw_interface_set_l2_bridge_reply", "bd_ip_mac_add_del",
        "bd_ip_mac_add_del_reply", "bd_ip_mac_flush", "bd_ip_mac_flush_reply", "bd_ip_mac_details", "bd_ip_mac_dump",
        "l2_interface_efp_filter", "l2_interface_efp_filter_reply", "sw_interface_set_vpath",
        "sw_interface_set_vpath_reply", "bvi_create", "bvi_create_reply", "bvi_delete", "bvi_delete_reply",
        "want_l2_arp_term_events", "want_l2_arp_term_events_reply", "l2_arp_term_event");

    /** vnet ARP: proxy ARP. */
    public static final VppModule ARP = VppModule.core("arp", "1.0.0",
        "proxy_arp_add_del", "proxy_arp_add_del_reply", "proxy_arp_dump", "proxy_arp_details",
        "proxy_arp_intfc_enable_disable", "proxy_arp_intfc_enable_disable_reply", "proxy_arp_intfc_dump",
        "proxy_arp_intfc_details");

    /** The af_packet plugin. */
    public static final VppModule AF_PACKET = VppModule.plugin("af_packet", "2.0.0",
        "af_packet_create", "af_packet_create_reply", "af_packet_create_v2", "af_packet_create_v2_reply",
        "af_packet_create_v3", "af_packet_create_v3_reply", "af_packet_delete", "af_packet_delete_reply",
        "af_packet_set_l4_cksum_offload", "af_packet_set_l4_cksum_offload_reply", "af_packet_dump",
        "af_packet_details");

    /** The memif plugin. */
    public static final VppModule MEMIF = VppModule.plugin("memif", "3.1.0",
        "memif_socket_filename_add_del", "memif_socket_filename_add_del_reply", "memif_socket_filename_add_del_v2",
        "memif_socket_filename_add_del_v2_reply", "memif_create", "memif_create_reply", "memif_create_v2",
        "memif_create_v2_reply", "memif_delete", "memif_delete_reply", "memif_socket_filename_details",
        "memif_socket_filename_dump", "memif_details", "memif_dump");

    /** The tap plugin (module tapv2). */
    public static final VppModule TAPV2 = VppModule.plugin("tapv2", "4.0.0",
        "tap_create_v3", "tap_create_v3_reply", "tap_create_v2", "tap_create_v2_reply", "tap_delete_v2",
        "tap_delete_v2_reply", "sw_interface_tap_v2_dump", "sw_interface_tap_v2_details");

    /** The vxlan plugin. */
    public static final VppModule VXLAN = VppModule.plugin("vxlan", "2.1.0",
        "vxlan_add_del_tunnel", "vxlan_add_del_tunnel_v2", "vxlan_add_del_tunnel_v3", "vxlan_add_del_tunnel_reply",
        "vxlan_add_del_tunnel_v2_reply", "vxlan_add_del_tunnel_v3_reply", "vxlan_tunnel_dump", "vxlan_tunnel_v2_dump",
        "vxlan_tunnel_details", "vxlan_tunnel_v2_details", "sw_interface_set_vxlan_bypass",
        "sw_interface_set_vxlan_bypass_reply", "vxlan_offload_rx", "vxlan_offload_rx_reply");

    private VppModules() {
        // constants only
    }
}
