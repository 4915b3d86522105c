#!/usr/bin/env python3
"""NETCONF end-to-end check with a real client (ncclient): get-config sees the node written over RESTCONF,
then an edit-config adds an interface (the caller checks it over RESTCONF)."""
import sys

from ncclient import manager

NODE_NS = "urn:io:vswitch:yang:node"
IF_NS = "urn:io:vswitch:yang:interfaces"

host, port, user, password, node = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]

with manager.connect(host=host, port=port, username=user, password=password, hostkey_verify=False,
                     allow_agent=False, look_for_keys=False, timeout=60) as m:
    reply = m.get_config(source="running", filter=("subtree", f'<nodes xmlns="{NODE_NS}"/>'))
    ns = {"n": NODE_NS, "i": IF_NS}
    names = reply.data.xpath("//n:node/n:name/text()", namespaces=ns)
    if node not in names:
        sys.exit(f"get-config: node {node} missing, got {names}: {reply.data_xml}")
    interfaces = sorted(reply.data.xpath(f"//n:node[n:name='{node}']//i:interface/i:name/text()", namespaces=ns))
    print(f"get-config: node {node} with interfaces [{', '.join(interfaces)}]")

    # The identity prefix is declared on <config>: OpenDaylight's parser does not see a prefix declared on the
    # element that uses it.
    config = f"""<config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:vsi="{IF_NS}">
      <nodes xmlns="{NODE_NS}"><node><name>{node}</name>
        <interfaces xmlns="{IF_NS}"><interface>
          <name>uplink</name><type>vsi:af-packet</type>
          <af-packet><host-if-name>eth1</host-if-name></af-packet>
        </interface></interfaces>
      </node></nodes>
    </config>"""
    if ":candidate" in " ".join(m.server_capabilities):
        m.edit_config(target="candidate", config=config)
        m.commit()
    else:
        m.edit_config(target="running", config=config)
    print("edit-config: interface uplink added")
