#!/usr/bin/env python3
"""Interfaces over NETCONF with a real client (ncclient): edit-config on the candidate adds a loopback and a memif,
commit makes them running; then an invalid edit (a memif id already used on that socket) must be refused with an
rpc-error naming the path and the reason, and leave the running configuration unchanged."""
import sys

from ncclient import manager
from ncclient.operations import RPCError

NODE_NS = "urn:io:vswitch:yang:node"
IF_NS = "urn:io:vswitch:yang:interfaces"

host, port, user, password, node, socket = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], \
    sys.argv[6]


def interfaces(body):
    # The identity prefix is declared on <config>: OpenDaylight's parser does not see a prefix declared on the
    # element that uses it.
    return f"""<config xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:vsi="{IF_NS}">
      <nodes xmlns="{NODE_NS}"><node><name>{node}</name>
        <interfaces xmlns="{IF_NS}">{body}</interfaces>
      </node></nodes>
    </config>"""


def edit(m, config):
    m.edit_config(target="candidate", config=config)
    m.commit()


with manager.connect(host=host, port=port, username=user, password=password, hostkey_verify=False,
                     allow_agent=False, look_for_keys=False, timeout=60) as m:
    edit(m, interfaces(f"""
        <interface><name>nc-loop</name><type>vsi:loopback</type><ipv4-address>10.77.0.1/24</ipv4-address></interface>
        <interface><name>nc-memif</name><type>vsi:memif</type>
          <memif><id>7</id><socket-filename>{socket}</socket-filename><role>slave</role></memif></interface>"""))
    print("edit-config: nc-loop and nc-memif committed")

    try:
        edit(m, interfaces(f"""
            <interface><name>nc-memif-dup</name><type>vsi:memif</type>
              <memif><id>7</id><socket-filename>{socket}</socket-filename></memif></interface>"""))
        sys.exit("invalid edit was accepted")
    except RPCError as error:
        print(f"rpc-error: tag={error.tag} message={error.message}")
    m.discard_changes()

    reply = m.get_config(source="running", filter=("subtree", f'<nodes xmlns="{NODE_NS}"/>'))
    ns = {"n": NODE_NS, "i": IF_NS}
    names = sorted(reply.data.xpath(f"//n:node[n:name='{node}']//i:interface/i:name/text()", namespaces=ns))
    print(f"running: [{', '.join(names)}]")
